package org.allybot.server.dashboard;

import java.time.Duration;
import java.util.List;
import org.allybot.core.language.Messages;
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

  static String render(Messages say, CampaignReport r, WrittenAnswers written) {
    String id = Html.esc(r.header().campaignId());
    StringBuilder b = new StringBuilder(16_384);
    b.append("<h1>").append(Html.esc(r.header().name())).append("</h1>\n");
    b.append("<p class=\"dates\">").append(Html.esc(OverviewPage.dates(say, r.header())));
    b.append(" · ").append(say.text("dashboard.as-of", "date", r.header().asOf().toString()));
    b.append("</p>\n");
    b.append("<p class=\"note\">")
        .append(Html.esc(say.text("dashboard.privacy-note")))
        .append("</p>\n");
    downloads(say, b, id);
    participation(say, b, r.participation());
    CampaignTables tables = new CampaignTables(say);
    String none = say.text("dashboard.no-figures");
    chart(say, b, say.text("dashboard.weeks-title"), tables.weeks(r), none, "");
    chart(say, b, say.text("dashboard.senses-title"), tables.senses(r), none, "");
    chart(
        say,
        b,
        say.text("dashboard.survey-title"),
        tables.survey(r),
        say.text("dashboard.no-survey"),
        "");
    chart(
        say,
        b,
        say.text("dashboard.kpi-title"),
        tables.allyKpi(r),
        "",
        "<p class=\"note\">" + Html.esc(say.text("dashboard.kpi-context")) + "</p>\n");
    chart(
        say,
        b,
        say.text("dashboard.community-title"),
        tables.community(r),
        "",
        medianWait(say, r.community()));
    chart(say, b, say.text("dashboard.scenarios-title"), tables.scenarios(r), none, "");
    chart(say, b, say.text(RecognitionTexts.DASHBOARD_TITLE), tables.thanks(r), none, "");
    feedback(say, b, r.surveys().texts(), written);
    return PageFrame.signedIn(say, r.header().name(), b.toString());
  }

  private static void downloads(Messages say, StringBuilder b, String id) {
    b.append("<nav class=\"downloads\" aria-labelledby=\"downloads\">\n<h2 id=\"downloads\">");
    b.append(say.text("dashboard.downloads")).append("</h2>\n<ul>\n");
    for (CsvFiles.Kind kind : CsvFiles.Kind.values()) {
      b.append("<li><a href=\"/admin/campaigns/").append(id).append('/').append(kind.file());
      b.append("\" download>").append(Html.esc(say.text(kind.titleKey()))).append("</a></li>\n");
    }
    b.append("</ul>\n</nav>\n");
  }

  private static void participation(Messages say, StringBuilder b, CampaignReport.Participation p) {
    b.append("<section aria-labelledby=\"participation\">\n<h2 id=\"participation\">");
    b.append(say.text("dashboard.participation")).append("</h2>\n<dl class=\"summary\">\n");
    figure(say, b, "dashboard.enrolled", p.enrolled());
    figure(say, b, "dashboard.delivered", p.delivered());
    figure(say, b, "dashboard.polls-answered", p.pollsAnswered());
    figure(say, b, "dashboard.lessons-read", p.lessonsRead());
    figure(say, b, "dashboard.more-taps", p.moreTaps());
    figure(say, b, "dashboard.commitments-made", p.commitmentsMade());
    figure(say, b, "dashboard.commitments-tried", p.commitmentsTried());
    b.append("</dl>\n</section>\n");
  }

  private static void figure(Messages say, StringBuilder b, String key, Count count) {
    b.append("<div><dt>").append(Html.esc(say.text(key))).append("</dt><dd>");
    b.append(Html.esc(Cells.text(say, count))).append("</dd></div>\n");
  }

  /**
   * A chart's section: its heading, the box the script draws in, and the table. A table with no
   * rows shows {@code empty} instead (when given).
   */
  private static void chart(
      Messages say, StringBuilder b, String title, DataTable table, String empty, String after) {
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
      b.append(Html.esc(say.text("dashboard.chart-label", "title", title))).append("\"></div>\n");
    }
    b.append(table.html()).append(after).append("</section>\n");
  }

  private static String medianWait(Messages say, CampaignReport.CommunityActivity c) {
    String wait =
        c.medianFirstAdvice()
            .map(d -> hours(say, d))
            .orElseGet(() -> say.text("dashboard.median-hidden"));
    return "<p>" + Html.esc(say.text("dashboard.median-wait", "wait", wait)) + "</p>\n";
  }

  static String hours(Messages say, Duration d) {
    long h = d.toHours();
    return h < 48
        ? say.text("dashboard.hours", "hours", h)
        : say.text("dashboard.days", "days", h / 24);
  }

  private static void feedback(
      Messages say, StringBuilder b, List<SurveyResults.TextResult> texts, WrittenAnswers written) {
    if (texts.isEmpty()) {
      return;
    }
    b.append("<section aria-labelledby=\"feedback-title\">\n<h2 id=\"feedback-title\">");
    b.append(say.text("dashboard.feedback-title")).append("</h2>\n<ul>\n");
    for (SurveyResults.TextResult t : texts) {
      String line =
          say.text(
              "dashboard.feedback-line",
              "prompt",
              t.prompt(),
              "round",
              t.round().id().replace('-', '_'),
              "count",
              Cells.text(say, t.answers()));
      b.append("<li>").append(Html.esc(line));
      List<String> words = t.answers().isShown() ? written.of(t.round(), t.itemId()) : List.of();
      if (!words.isEmpty()) {
        b.append("\n<details><summary>")
            .append(say.text("dashboard.read-answers"))
            .append("</summary>\n");
        b.append("<ul class=\"answers\">\n");
        words.forEach(w -> b.append("<li>").append(Html.esc(w)).append("</li>\n"));
        b.append("</ul>\n</details>");
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }
}
