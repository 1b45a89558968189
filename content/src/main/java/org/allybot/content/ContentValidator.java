package org.allybot.content;

/**
 * The checks that need every file read first: topics used by items must exist, and a survey that
 * repeats another is linked to it.
 */
final class ContentValidator {
  private ContentValidator() {}

  static void checkAcrossFiles(PackBuilder pack) {
    SurveyRepeats.link(pack);
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
