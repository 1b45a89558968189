package org.allybot.server.dashboard;

import java.time.Duration;
import java.util.List;
import org.allybot.core.recognition.RecognitionTexts;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Count;
import org.allybot.core.report.SurveyResults;
import org.allybot.core.survey.SurveyRound;

/**
 * {@code /admin/campaigns/ID}: one campaign's figures, each chart with its table beside it, and
 * links to the CSV files.
 */
final class CampaignPage {
  private CampaignPage() {}

  /** The words of a free-text item's answers in a round, from 5 answers on (empty below). */
  @FunctionalInterface
  interface WrittenAnswers {
    List<String> of(SurveyRound round, String itemId);
  }

  static String render(CampaignReport r, WrittenAnswers written) {
    String id = Html.esc(r.header().campaignId());
    StringBuilder b = new StringBuilder(16_384);
    b.append("<h1>").append(Html.esc(r.header().name())).append("</h1>\n");
    b.append("<p class=\"dates\">").append(Html.esc(OverviewPage.dates(r.header())));
    b.append(" · ").append(PageTexts.AS_OF).append(' ').append(r.header().asOf()).append("</p>\n");
    b.append("<p class=\"note\">").append(Html.esc(PageTexts.PRIVACY_NOTE)).append("</p>\n");
    downloads(b, id);
    participation(b, r.participation());
    chart(b, PageTexts.WEEKS_TITLE, CampaignTables.weeks(r), PageTexts.NO_FIGURES, "");
    chart(b, PageTexts.SENSES_TITLE, CampaignTables.senses(r), PageTexts.NO_FIGURES, "");
    chart(b, PageTexts.SURVEY_TITLE, CampaignTables.survey(r), PageTexts.NO_SURVEY, "");
    chart(
        b,
        PageTexts.KPI_TITLE,
        CampaignTables.allyKpi(r),
        "",
        "<p class=\"note\">" + Html.esc(PageTexts.KPI_CONTEXT) + "</p>\n");
    chart(b, PageTexts.COMMUNITY_TITLE, CampaignTables.community(r), "", medianWait(r.community()));
    chart(b, PageTexts.SCENARIOS_TITLE, CampaignTables.scenarios(r), PageTexts.NO_FIGURES, "");
    chart(
        b,
        org.allybot.core.language.Messages.english().text(RecognitionTexts.DASHBOARD_TITLE),
        CampaignTables.thanks(r),
        PageTexts.NO_FIGURES,
        "");
    feedback(b, r.surveys().texts(), written);
    return PageFrame.signedIn(r.header().name(), b.toString());
  }

  private static void downloads(StringBuilder b, String id) {
    b.append("<nav class=\"downloads\" aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">");
    b.append(PageTexts.DOWNLOADS).append("</h2>\n<ul>\n");
    for (CsvFiles.Kind kind : CsvFiles.Kind.values()) {
      b.append("<li><a href=\"/admin/campaigns/").append(id).append('/').append(kind.file());
      b.append("\" download>").append(Html.esc(kind.title())).append("</a></li>\n");
    }
    b.append("</ul>\n</nav>\n");
  }

  private static void participation(StringBuilder b, CampaignReport.Participation p) {
    b.append("<section aria-labelledby=\"participation\">\n<h2 id=\"participation\">");
    b.append(PageTexts.PARTICIPATION).append("</h2>\n<dl class=\"summary\">\n");
    figure(b, PageTexts.ENROLLED, p.enrolled());
    figure(b, PageTexts.DELIVERED, p.delivered());
    figure(b, PageTexts.POLLS_ANSWERED, p.pollsAnswered());
    figure(b, PageTexts.LESSONS_READ, p.lessonsRead());
    figure(b, PageTexts.MORE_TAPS, p.moreTaps());
    figure(b, PageTexts.COMMITMENTS_MADE, p.commitmentsMade());
    figure(b, PageTexts.COMMITMENTS_TRIED, p.commitmentsTried());
    b.append("</dl>\n</section>\n");
  }

  private static void figure(StringBuilder b, String label, Count count) {
    b.append("<div><dt>").append(Html.esc(label)).append("</dt><dd>");
    b.append(Html.esc(count.text())).append("</dd></div>\n");
  }

  /**
   * A chart's section: its heading, the box the script draws in, and the table. A table with no
   * rows shows {@code empty} instead (when given).
   */
  private static void chart(
      StringBuilder b, String title, DataTable table, String empty, String after) {
    String headingId = table.id() + "-title";
    String layout = table.columns().size() > 3 ? "chart-section wide" : "chart-section";
    b.append("<section class=\"").append(layout).append("\" aria-labelledby=\"").append(headingId);
    b.append("\">\n<h2 id=\"").append(headingId).append("\">").append(Html.esc(title));
    b.append("</h2>\n");
    if (table.rows().isEmpty() && !empty.isEmpty()) {
      b.append("<p>").append(Html.esc(empty)).append("</p>\n</section>\n");
      return;
    }
    if (table.columns().stream().anyMatch(DataTable.Column::charted)) {
      b.append("<div class=\"chart\" data-for=\"").append(table.id());
      b.append("\" role=\"img\" aria-label=\"");
      b.append(Html.esc(String.format(PageTexts.CHART_LABEL, title))).append("\"></div>\n");
    }
    b.append(table.html()).append(after).append("</section>\n");
  }

  private static String medianWait(CampaignReport.CommunityActivity c) {
    String wait = c.medianFirstAdvice().map(CampaignPage::hours).orElse(PageTexts.MEDIAN_HIDDEN);
    return "<p>" + PageTexts.MEDIAN_WAIT + ": " + Html.esc(wait) + "</p>\n";
  }

  static String hours(Duration d) {
    long h = d.toHours();
    return h < 48 ? h + (h == 1 ? " hour" : " hours") : (h / 24) + " days";
  }

  private static void feedback(
      StringBuilder b, List<SurveyResults.TextResult> texts, WrittenAnswers written) {
    if (texts.isEmpty()) {
      return;
    }
    b.append("<section aria-labelledby=\"feedback-title\">\n<h2 id=\"feedback-title\">");
    b.append(PageTexts.FEEDBACK_TITLE).append("</h2>\n<ul>\n");
    for (SurveyResults.TextResult t : texts) {
      b.append("<li>").append(Html.esc(t.prompt())).append(" (").append(t.round().when());
      b.append("): ").append(PageTexts.FEEDBACK_COUNT.toLowerCase(java.util.Locale.ROOT));
      b.append(' ').append(Html.esc(t.answers().text()));
      List<String> words = t.answers().isShown() ? written.of(t.round(), t.itemId()) : List.of();
      if (!words.isEmpty()) {
        b.append("\n<details><summary>").append(PageTexts.READ_ANSWERS).append("</summary>\n");
        b.append("<ul class=\"answers\">\n");
        words.forEach(w -> b.append("<li>").append(Html.esc(w)).append("</li>\n"));
        b.append("</ul>\n</details>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }
}
