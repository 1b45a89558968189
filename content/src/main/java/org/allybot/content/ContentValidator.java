package org.allybot.content;

/**
 * The checks that need every file read first: topics used by items must exist, a survey that
 * repeats another is linked to it, each name belongs to one character, option lengths do not give
 * the answer away, and no scenario is a near-copy of another.
 */
final class ContentValidator {
  private ContentValidator() {}

  static void checkAcrossFiles(PackBuilder pack) {
    SurveyRepeats.link(pack);
    Cast.check(pack);
    OptionBalance.check(pack);
    NearDuplicates.check(pack);
    for (PackBuilder.TopicUse use : pack.topicUses) {
      if (!pack.topics.containsKey(use.topic())) {
        pack.problems.add(
            new ContentProblem(
                use.where().file(),
                use.where().line(),
                "unknown topic '" + use.topic() + "'; add it to a topics file or use a known one"));
      }
    }
  }
}
