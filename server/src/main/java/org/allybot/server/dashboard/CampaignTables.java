package org.allybot.server.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Verdict;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.recognition.RecognitionTexts;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;
import org.allybot.server.dashboard.DataTable.Cell;
import org.allybot.server.dashboard.DataTable.Chart;
import org.allybot.server.dashboard.DataTable.Column;
import org.allybot.server.dashboard.DataTable.Row;

/** A campaign report's figures as the tables (and so the charts) of its page, in one language. */
final class CampaignTables {
  private final Messages say;
  private final Cells cells;

  CampaignTables(Messages say) {
    this.say = say;
    this.cells = new Cells(say);
  }

  DataTable weeks(CampaignReport report) {
    List<Row> rows =
        report.weeks().stream()
            .map(w ->
                new Row(
                    w.week(),
                    List.of(
                        cells.count(w.activeMembers()),
                        cells.count(w.pollsAnswered()),
                        cells.count(w.lessonsRead()))))
            .toList();
    return new DataTable(
        "weeks",
        say.text("dashboard.weeks-caption"),
        Chart.line(),
        say.text("dashboard.week"),
        List.of(
            new Column(say.text("dashboard.active"), true),
            new Column(say.text("dashboard.polls-answered"), true),
            new Column(say.text("dashboard.lessons-read"), true)),
        rows);
  }

  DataTable senses(CampaignReport report) {
    List<Row> rows =
        report.senses().stream()
            .map(s -> new Row(SenseNames.of(say, s.sense()), List.of(cells.count(s.practice()))))
            .toList();
    return new DataTable(
        "senses",
        say.text("dashboard.senses-caption"),
        Chart.bars(),
        say.text("dashboard.sense"),
        List.of(new Column(say.text("dashboard.practice"), true)),
        rows);
  }

  DataTable survey(CampaignReport report) {
    List<Row> rows =
        report.surveys().likert().stream()
            .map(l ->
                new Row(
                    l.prompt(),
                    List.of(
                        cells.mean(l.before()),
                        cells.mean(l.after()),
                        cells.mean(l.later()),
                        cells.change(l.change()))))
            .toList();
    return new DataTable(
        "survey",
        say.text("dashboard.survey-caption"),
        Chart.bars("", 5),
        say.text("dashboard.item"),
        List.of(
            new Column(say.text("dashboard.before"), true),
            new Column(say.text("dashboard.after"), true),
            new Column(say.text("dashboard.later"), true),
            new Column(say.text("dashboard.change"), false)),
        rows);
  }

  DataTable allyKpi(CampaignReport report) {
    SurveyResults.AllyKpi kpi = report.surveys().allyKpi();
    return new DataTable(
        "ally-kpi",
        say.text("dashboard.kpi-caption"),
        Chart.bars("%", 100),
        say.text("dashboard.when"),
        List.of(new Column(say.text("dashboard.share-column"), true)),
        List.of(
            kpiRow(say.text("dashboard.before"), kpi.before()),
            kpiRow(say.text("dashboard.after"), kpi.after()),
            kpiRow(say.text("dashboard.later"), kpi.later())));
  }

  private Row kpiRow(String label, Optional<Estimate> share) {
    return new Row(label, List.of(cells.share(share)));
  }

  DataTable community(CampaignReport report) {
    CampaignReport.CommunityActivity c = report.community();
    return new DataTable(
        "community",
        say.text("dashboard.community-caption"),
        Chart.bars(),
        say.text("dashboard.activity"),
        List.of(new Column(say.text("dashboard.count"), true)),
        List.of(
            new Row(say.text("dashboard.questions"), List.of(cells.count(c.questions()))),
            new Row(say.text("dashboard.advice"), List.of(cells.count(c.advicePosts()))),
            new Row(say.text("dashboard.resolved"), List.of(cells.count(c.resolved())))));
  }

  /** Thanks given per sense: team-level counts of thanks, never of people, hidden below 5. */
  DataTable thanks(CampaignReport report) {
    List<Row> rows =
        report.thanks().stream()
            .map(t -> new Row(SenseNames.of(say, t.sense()), List.of(cells.count(t.thanks()))))
            .toList();
    return new DataTable(
        "thanks",
        say.text(RecognitionTexts.DASHBOARD_CAPTION),
        Chart.bars(),
        say.text("dashboard.sense"),
        List.of(new Column(say.text(RecognitionTexts.DASHBOARD_COLUMN), true)),
        rows);
  }

  DataTable scenarios(CampaignReport report) {
    List<Row> rows = new ArrayList<>();
    for (CampaignReport.ScenarioResult s : report.scenarios()) {
      List<Cell> row = new ArrayList<>();
      row.add(cells.count(s.answers()));
      for (Verdict v : Verdict.values()) {
        row.add(
            Cell.text(
                s.shares().isEmpty()
                    ? cells.hidden()
                    : cells.percent(s.shares().getOrDefault(v, 0.0))));
      }
      rows.add(new Row(s.title(), row));
    }
    List<Column> columns = new ArrayList<>();
    columns.add(new Column(say.text("dashboard.answers"), false));
    for (Verdict v : Verdict.values()) {
      columns.add(new Column(say.text("dashboard.verdict", "verdict", v.id()), false));
    }
    return new DataTable(
        "scenarios",
        say.text("dashboard.scenarios-caption"),
        Chart.none(),
        say.text("dashboard.scenario"),
        columns,
        rows);
  }
}
