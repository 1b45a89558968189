package org.allybot.content;

/**
 * The checks that need every file read first: topics used by items must exist, a survey that
 * repeats another is linked to it, each name belongs to one character, option lengths do not give
 * the answer away, and no scenario is a near-copy of another.
 */
final class ContentValidator {
  private ContentValidator() {}

  /** The pack as a whole reads at grade 9 or below. */
  private static void checkReadingGrade(PackBuilder pack) {
    if (pack.lessons.isEmpty() && pack.scenarios.isEmpty()) {
      return;
    }
    double grade = ReadingGrade.of(LearnerText.of(pack.build()));
    if (grade > ReadingGrade.LIMIT) {
      pack.problems.add(
          new ContentProblem(
              "pack",
              0,
              String.format(
                  java.util.Locale.ROOT,
                  "the pack reads at grade %.1f; keep it at %.0f or below with shorter sentences"
                      + " and plainer words",
                  grade,
                  ReadingGrade.LIMIT)));
    }
  }

  static void checkAcrossFiles(PackBuilder pack) {
    SurveyRepeats.link(pack);
    Cast.check(pack);
    OptionBalance.check(pack);
    NearDuplicates.check(pack);
    LanguageChecks.check(pack);
    checkReadingGrade(pack);
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
