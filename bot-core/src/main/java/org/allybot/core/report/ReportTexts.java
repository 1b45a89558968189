package org.allybot.core.report;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.core.survey.SurveyRound;

/** Every word and number format of the campaign report, in one place. */
final class ReportTexts {
  static final String SMALL = "fewer than 5";
  static final String NOTE =
      "Private to you. Any figure from fewer than 5 people reads \"fewer than 5\", differences"
          + " included; survey figures move in steps of 5 people, so that no one's answer can be"
          + " worked out by comparing reports.";

  private ReportTexts() {}

  static String title(String name) {
    return "Campaign report: " + name;
  }

  static String dates(CampaignReport.Header h) {
    return h.start()
        + " to "
        + (h.end() == null ? "open-ended" : h.end().toString())
        + " · figures as of "
        + h.asOf();
  }

  static String participation(CampaignReport.Participation p) {
    return "*Participation*\n"
        + "Enrolled: "
        + p.enrolled().text()
        + " · Delivered: "
        + p.delivered().text()
        + " · Polls answered: "
        + p.pollsAnswered().text()
        + " · Lessons read: "
        + p.lessonsRead().text()
        + "\n\"Tell me more\" taps: "
        + p.moreTaps().text()
        + " · Commitments made: "
        + p.commitmentsMade().text()
        + " · tried: "
        + p.commitmentsTried().text();
  }

  static String scenario(CampaignReport.ScenarioResult s) {
    if (s.shares().isEmpty()) {
      return "• " + s.title() + ": " + SMALL + " answers";
    }
    return "• "
        + s.title()
        + " ("
        + s.answers().text()
        + " answers): "
        + s.shares().entrySet().stream()
            .map(e -> e.getKey().id() + " " + percent(e.getValue()))
            .collect(Collectors.joining(" · "));
  }

  static String community(CampaignReport.CommunityActivity c) {
    return "*Community* (over the campaign's dates)\n"
        + "Questions: "
        + c.questions().text()
        + " · Advice posts: "
        + c.advicePosts().text()
        + " · Resolved: "
        + c.resolved().text()
        + " · Median wait for first advice: "
        + c.medianFirstAdvice().map(ReportTexts::hours).orElse(SMALL + " questions with advice");
  }

  static String round(SurveyResults.RoundResponses r) {
    return "• "
        + surveyName(r.round())
        + ": started "
        + r.started().text()
        + ", completed "
        + r.completed().text();
  }

  static String likert(SurveyResults.LikertResult l) {
    return "• "
        + l.prompt()
        + "\n    before "
        + mean(l.before())
        + " · after "
        + mean(l.after())
        + " · change "
        + change(l.change())
        + (l.later().isPresent() || l.changeLater().isPresent()
            ? "\n    90 days after " + mean(l.later()) + " · change " + change(l.changeLater())
            : "");
  }

  static String kpi(SurveyResults.AllyKpi k) {
    return "*Have at least one ally at work:* before "
        + share(k.before())
        + " · after "
        + share(k.after())
        + (k.later().isPresent() ? " · 90 days after " + share(k.later()) : "");
  }

  static String choice(SurveyResults.ChoiceResult c) {
    String shares =
        c.shares().isEmpty()
            ? SMALL + " answers"
            : c.answers().text()
                + " answers: "
                + c.shares().entrySet().stream()
                    .map(e -> e.getKey() + " " + percent(e.getValue()))
                    .collect(Collectors.joining(" · "));
    return "• " + c.prompt() + " (" + c.round().when() + ") " + shares;
  }

  static String text(SurveyResults.TextResult t) {
    return "• " + t.prompt() + " (" + t.round().when() + "): " + t.answers().text() + " answers";
  }

  static String surveyName(SurveyRound round) {
    return switch (round) {
      case BASELINE -> "Baseline (on joining)";
      case FOLLOWUP -> "Follow-up (at the end)";
      case FOLLOWUP_LATER -> "Follow-up (90 days after)";
      case FEEDBACK -> "Feedback (at the end)";
    };
  }

  static String mean(Optional<Estimate> e) {
    return e.map(x ->
            number(x.value())
                + " (95% CI "
                + number(x.low())
                + "–"
                + number(x.high())
                + ", n="
                + x.n()
                + ")")
        .orElse(SMALL);
  }

  static String change(Optional<SurveyResults.Change> c) {
    return c.map(x ->
            signed(x.difference().value())
                + " (95% CI "
                + signed(x.difference().low())
                + " to "
                + signed(x.difference().high())
                + ", "
                + (x.paired() ? "paired, n=" : "unpaired, smaller group n=")
                + x.difference().n()
                + ")")
        .orElse(SMALL);
  }

  static String share(Optional<Estimate> e) {
    return e.map(x ->
            percent(x.value())
                + " (95% CI "
                + percent(x.low())
                + "–"
                + percent(x.high())
                + ", n="
                + x.n()
                + ")")
        .orElse(SMALL);
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String signed(double value) {
    return (value >= 0 ? "+" : "") + number(value);
  }

  static String hours(Duration d) {
    long h = d.toHours();
    return h < 48 ? h + " h" : Math.round(h / 24.0) + " days";
  }

  static String senses(Map<String, String> bySense) {
    return "Practice per sense: "
        + bySense.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" · "));
  }
}
