package org.allybot.core.recognition;

/**
 * The names of recognition's texts that other features show (help, the campaign report, the
 * dashboard); the texts themselves are in the {@code recognition} bundle family.
 */
public final class RecognitionTexts {
  /** {@code admin}: yes or no. */
  public static final String HELP = "recognition.help";

  /** {@code counts}: the counts per sense, already joined. */
  public static final String REPORT_SECTION = "recognition.report.section";

  public static final String DASHBOARD_TITLE = "recognition.dashboard.title";
  public static final String DASHBOARD_CAPTION = "recognition.dashboard.caption";
  public static final String DASHBOARD_COLUMN = "recognition.dashboard.column";

  static final String USAGE = "recognition.usage";

  private RecognitionTexts() {}

  /** The help section for {@code /ally help}. */
  public static String help(org.allybot.core.language.Messages say, boolean admin) {
    return say.text(HELP, "usage", say.text(USAGE), "admin", admin ? "yes" : "no");
  }

  /** The campaign report's recognition section: team counts per sense, small ones hidden. */
  public static String reportSection(
      org.allybot.core.language.Messages say, java.util.Map<String, String> bySense) {
    return say.text(
        REPORT_SECTION,
        "counts",
        String.join(
            " · ", bySense.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
  }
}
