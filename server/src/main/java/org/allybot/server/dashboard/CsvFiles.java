package org.allybot.server.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.allybot.content.Verdict;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Count;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;

/**
 * The CSV downloads of a campaign: aggregates only (per week, per scenario, per survey item), never
 * a row per person, with figures from fewer than 5 people written as "fewer than 5". The files are
 * data for spreadsheets and tools, so their columns and values stay English in every language.
 */
final class CsvFiles {
  private static final String HIDDEN = "fewer than 5";
  private static final String BEFORE = "Before";
  private static final String AFTER = "At the end";
  private static final String LATER = "90 days after";
  private static final String KPI = "Have at least one ally at work";

  /** The files a campaign page offers. */
  enum Kind {
    WEEKS("weeks.csv", "dashboard.csv.weeks", CsvFiles::weeks),
    SCENARIOS("scenarios.csv", "dashboard.csv.scenarios", CsvFiles::scenarios),
    SURVEY("survey-items.csv", "dashboard.csv.survey", CsvFiles::survey);

    private final String file;
    private final String titleKey;
    private final Function<CampaignReport, String> writer;

    Kind(String file, String titleKey, Function<CampaignReport, String> writer) {
      this.file = file;
      this.titleKey = titleKey;
      this.writer = writer;
    }

    String file() {
      return file;
    }

    /** The bundle key of the link's words on the campaign page. */
    String titleKey() {
      return titleKey;
    }

    String write(CampaignReport report) {
      return writer.apply(report);
    }

    static Optional<Kind> byFile(String file) {
      for (Kind k : values()) {
        if (k.file.equals(file)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  private CsvFiles() {}

  static String weeks(CampaignReport r) {
    Csv csv = new Csv().row("week", "members_who_practised", "polls_answered", "lessons_read");
    for (CampaignReport.WeekActivity w : r.weeks()) {
      csv.row(w.week(), w.activeMembers().text(), w.pollsAnswered().text(), w.lessonsRead().text());
    }
    return csv.toString();
  }

  static String scenarios(CampaignReport r) {
    List<String> header = new ArrayList<>(List.of("scenario_id", "scenario", "answers"));
    for (Verdict v : Verdict.values()) {
      header.add(v.id() + "_share");
    }
    Csv csv = new Csv().row(header);
    for (CampaignReport.ScenarioResult s : r.scenarios()) {
      List<String> row = new ArrayList<>(List.of(s.scenarioId(), s.title(), s.answers().text()));
      for (Verdict v : Verdict.values()) {
        row.add(s.shares().isEmpty() ? HIDDEN : share(s.shares().getOrDefault(v, 0.0)));
      }
      csv.row(row);
    }
    return csv.toString();
  }

  static String survey(CampaignReport r) {
    Csv csv =
        new Csv().row("item_id", "item", "when", "measure", "value", "ci_low", "ci_high", "people");
    SurveyResults s = r.surveys();
    for (SurveyResults.LikertResult l : s.likert()) {
      estimate(csv, l.itemId(), l.prompt(), BEFORE, "mean (1-5)", l.before());
      estimate(csv, l.itemId(), l.prompt(), AFTER, "mean (1-5)", l.after());
      estimate(csv, l.itemId(), l.prompt(), LATER, "mean (1-5)", l.later());
      change(csv, l.itemId(), l.prompt(), AFTER, l.change());
      change(csv, l.itemId(), l.prompt(), LATER, l.changeLater());
    }
    SurveyResults.AllyKpi kpi = s.allyKpi();
    String kpiItem = "ally-at-work";
    estimate(csv, kpiItem, KPI, BEFORE, "share", kpi.before());
    estimate(csv, kpiItem, KPI, AFTER, "share", kpi.after());
    estimate(csv, kpiItem, KPI, LATER, "share", kpi.later());
    for (SurveyResults.ChoiceResult c : s.choices()) {
      if (c.shares().isEmpty()) {
        csv.row(c.itemId(), c.prompt(), c.round().when(), "share", HIDDEN, "", "", "");
      }
      c.shares()
          .forEach((choice, value) ->
              csv.row(
                  c.itemId(),
                  c.prompt(),
                  c.round().when(),
                  "share: " + choice,
                  share(value),
                  "",
                  "",
                  c.answers().text()));
    }
    for (SurveyResults.TextResult t : s.texts()) {
      csv.row(t.itemId(), t.prompt(), t.round().when(), "answers written", t.answers().text());
    }
    return csv.toString();
  }

  private static void estimate(
      Csv csv, String id, String prompt, String when, String measure, Optional<Estimate> e) {
    if (e.isEmpty()) {
      csv.row(id, prompt, when, measure, HIDDEN, "", "", "");
      return;
    }
    Estimate v = e.get();
    csv.row(id, prompt, when, measure, dec(v.value()), dec(v.low()), dec(v.high()), n(v));
  }

  private static void change(
      Csv csv, String id, String prompt, String when, Optional<SurveyResults.Change> change) {
    String measure = "change from before";
    if (change.isEmpty()) {
      csv.row(id, prompt, when, measure, HIDDEN, "", "", "");
      return;
    }
    Estimate d = change.get().difference();
    String kind = change.get().paired() ? " (paired)" : " (two groups)";
    csv.row(id, prompt, when, measure + kind, dec(d.value()), dec(d.low()), dec(d.high()), n(d));
  }

  private static String n(Estimate e) {
    return Count.of(e.n()).text();
  }

  private static String share(double value) {
    return dec(value);
  }

  private static String dec(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
