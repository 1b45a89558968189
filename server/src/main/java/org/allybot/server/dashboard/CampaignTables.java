package org.allybot.server.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Verdict;
import org.allybot.core.recognition.RecognitionTexts;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;
import org.allybot.server.dashboard.DataTable.Cell;
import org.allybot.server.dashboard.DataTable.Chart;
import org.allybot.server.dashboard.DataTable.Column;
import org.allybot.server.dashboard.DataTable.Row;

/** A campaign report's figures as the tables (and so the charts) of its page. */
final class CampaignTables {
  private CampaignTables() {}

  static DataTable weeks(CampaignReport report) {
    List<Row> rows =
        report.weeks().stream()
            .map(w ->
                new Row(
                    w.week(),
                    List.of(
                        Cells.count(w.activeMembers()),
                        Cells.count(w.pollsAnswered()),
                        Cells.count(w.lessonsRead()))))
            .toList();
    return new DataTable(
        "weeks",
        PageTexts.WEEKS_CAPTION,
        Chart.line(),
        PageTexts.WEEK,
        List.of(
            new Column(PageTexts.ACTIVE, true),
            new Column(PageTexts.POLLS_ANSWERED, true),
            new Column(PageTexts.LESSONS_READ, true)),
        rows);
  }

  static DataTable senses(CampaignReport report) {
    List<Row> rows =
        report.senses().stream()
            .map(s -> new Row(s.sense().title(), List.of(Cells.count(s.practice()))))
            .toList();
    return new DataTable(
        "senses",
        PageTexts.SENSES_CAPTION,
        Chart.bars(),
        PageTexts.SENSE,
        List.of(new Column(PageTexts.PRACTICE, true)),
        rows);
  }

  static DataTable survey(CampaignReport report) {
    List<Row> rows =
        report.surveys().likert().stream()
            .map(l ->
                new Row(
                    l.prompt(),
                    List.of(
                        Cells.mean(l.before()),
                        Cells.mean(l.after()),
                        Cells.mean(l.later()),
                        Cells.change(l.change()))))
            .toList();
    return new DataTable(
        "survey",
        PageTexts.SURVEY_CAPTION,
        Chart.bars("", 5),
        PageTexts.ITEM,
        List.of(
            new Column(PageTexts.BEFORE, true),
            new Column(PageTexts.AFTER, true),
            new Column(PageTexts.LATER, true),
            new Column(PageTexts.CHANGE, false)),
        rows);
  }

  static DataTable allyKpi(CampaignReport report) {
    SurveyResults.AllyKpi kpi = report.surveys().allyKpi();
    return new DataTable(
        "ally-kpi",
        PageTexts.KPI_CAPTION,
        Chart.bars("%", 100),
        PageTexts.WHEN,
        List.of(new Column(PageTexts.SHARE, true)),
        List.of(
            kpiRow(PageTexts.BEFORE, kpi.before()),
            kpiRow(PageTexts.AFTER, kpi.after()),
            kpiRow(PageTexts.LATER, kpi.later())));
  }

  private static Row kpiRow(String label, Optional<Estimate> share) {
    return new Row(label, List.of(Cells.share(share)));
  }

  static DataTable community(CampaignReport report) {
    CampaignReport.CommunityActivity c = report.community();
    return new DataTable(
        "community",
        PageTexts.COMMUNITY_CAPTION,
        Chart.bars(),
        PageTexts.ACTIVITY,
        List.of(new Column(PageTexts.COUNT, true)),
        List.of(
            new Row(PageTexts.QUESTIONS, List.of(Cells.count(c.questions()))),
            new Row(PageTexts.ADVICE, List.of(Cells.count(c.advicePosts()))),
            new Row(PageTexts.RESOLVED, List.of(Cells.count(c.resolved())))));
  }

  /** Thanks given per sense: team-level counts of thanks, never of people, hidden below 5. */
  static DataTable thanks(CampaignReport report) {
    List<Row> rows =
        report.thanks().stream()
            .map(t -> new Row(t.sense().title(), List.of(Cells.count(t.thanks()))))
            .toList();
    return new DataTable(
        "thanks",
        org.allybot.core.language.Messages.english().text(RecognitionTexts.DASHBOARD_CAPTION),
        Chart.bars(),
        PageTexts.SENSE,
        List.of(
            new Column(
                org.allybot.core.language.Messages.english()
                    .text(RecognitionTexts.DASHBOARD_COLUMN),
                true)),
        rows);
  }

  static DataTable scenarios(CampaignReport report) {
    List<Row> rows = new ArrayList<>();
    for (CampaignReport.ScenarioResult s : report.scenarios()) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cells.count(s.answers()));
      for (Verdict v : Verdict.values()) {
        cells.add(
            Cell.text(
                s.shares().isEmpty()
                    ? Cells.HIDDEN
                    : Cells.percent(s.shares().getOrDefault(v, 0.0))));
      }
      rows.add(new Row(s.title(), cells));
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(PageTexts.ANSWERS, false));
    for (Verdict v : Verdict.values()) {
      columns.add(new Column(capitalised(v.id()), false));
    }
    return new DataTable(
        "scenarios", PageTexts.SCENARIOS_CAPTION, Chart.none(), PageTexts.SCENARIO, columns, rows);
  }

  static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
