package org.allybot.core.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.language.Messages;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.survey.SurveyRound;

/** The campaign report's lines in the admin's language, from the {@code report} bundle family. */
final class ReportLines {
  private final Messages say;

  ReportLines(Messages say) {
    this.say = say;
  }

  String text(String key, Object... nameValues) {
    return say.text(key, nameValues);
  }

  /** A number, or "fewer than 5". */
  String count(Count c) {
    return c.value().isPresent() ? say.number(c.value().getAsLong()) : fewer();
  }

  String fewer() {
    return say.text("report.fewer", "min", GroupFigures.MIN_GROUP);
  }

  String title(String name) {
    return say.text("report.title", "name", name);
  }

  String dates(CampaignReport.Header h) {
    String end = h.end() == null ? say.text("report.open-ended") : h.end().toString();
    return say.text(
        "report.dates", "start", h.start().toString(), "end", end, "asOf", h.asOf().toString());
  }

  String participation(CampaignReport.Participation p) {
    return say.text(
        "report.participation",
        "enrolled",
        count(p.enrolled()),
        "delivered",
        count(p.delivered()),
        "polls",
        count(p.pollsAnswered()),
        "lessons",
        count(p.lessonsRead()),
        "more",
        count(p.moreTaps()),
        "made",
        count(p.commitmentsMade()),
        "tried",
        count(p.commitmentsTried()));
  }

  String scenario(CampaignReport.ScenarioResult s) {
    if (s.shares().isEmpty()) {
      return say.text("report.scenario.hidden", "title", s.title(), "fewer", fewer());
    }
    List<String> shares =
        s.shares().entrySet().stream()
            .map(e ->
                say.text(
                    "report.verdict-share",
                    "verdict",
                    e.getKey().id(),
                    "percent",
                    percent(e.getValue())))
            .toList();
    return say.text(
        "report.scenario",
        "title",
        s.title(),
        "answers",
        count(s.answers()),
        "shares",
        String.join(" · ", shares));
  }

  String community(CampaignReport.CommunityActivity c) {
    String wait =
        c.medianFirstAdvice()
            .map(this::wait)
            .orElseGet(() -> say.text("report.community.wait-hidden", "fewer", fewer()));
    return say.text(
        "report.community",
        "questions",
        count(c.questions()),
        "advice",
        count(c.advicePosts()),
        "resolved",
        count(c.resolved()),
        "wait",
        wait);
  }

  String round(SurveyResults.RoundResponses r) {
    return say.text(
        "report.round",
        "round",
        selector(r.round()),
        "started",
        count(r.started()),
        "completed",
        count(r.completed()));
  }

  String when(SurveyRound round) {
    return say.text("report.when", "round", selector(round));
  }

  String likert(SurveyResults.LikertResult l) {
    String line =
        say.text(
            "report.likert",
            "prompt",
            l.prompt(),
            "before",
            mean(l.before()),
            "after",
            mean(l.after()),
            "change",
            change(l.change()));
    if (l.later().isEmpty() && l.changeLater().isEmpty()) {
      return line;
    }
    return line
        + say.text(
            "report.likert.later", "later", mean(l.later()), "change", change(l.changeLater()));
  }

  String kpi(SurveyResults.AllyKpi k) {
    String line = say.text("report.kpi", "before", share(k.before()), "after", share(k.after()));
    return k.later().isPresent()
        ? line + say.text("report.kpi.later", "later", share(k.later()))
        : line;
  }

  String choice(SurveyResults.ChoiceResult c) {
    String shares =
        c.shares().isEmpty()
            ? say.text("report.choice.hidden", "fewer", fewer())
            : say.text(
                "report.choice.shares",
                "answers",
                count(c.answers()),
                "shares",
                String.join(
                    " · ",
                    c.shares().entrySet().stream()
                        .map(e ->
                            say.text(
                                "report.choice.share",
                                "choice",
                                e.getKey(),
                                "percent",
                                percent(e.getValue())))
                        .toList()));
    return say.text(
        "report.choice", "prompt", c.prompt(), "when", when(c.round()), "shares", shares);
  }

  String text(SurveyResults.TextResult t) {
    return say.text(
        "report.text",
        "prompt",
        t.prompt(),
        "when",
        when(t.round()),
        "answers",
        count(t.answers()));
  }

  String mean(Optional<Estimate> e) {
    return e.map(x ->
            say.text(
                "report.mean", "value", x.value(), "low", x.low(), "high", x.high(), "n", x.n()))
        .orElseGet(this::fewer);
  }

  String change(Optional<SurveyResults.Change> c) {
    return c.map(x ->
            say.text(
                "report.change",
                "value",
                x.difference().value(),
                "low",
                x.difference().low(),
                "high",
                x.difference().high(),
                "paired",
                Boolean.toString(x.paired()),
                "n",
                x.difference().n()))
        .orElseGet(this::fewer);
  }

  String share(Optional<Estimate> e) {
    return e.map(x ->
            say.text(
                "report.share",
                "value",
                percent(x.value()),
                "low",
                percent(x.low()),
                "high",
                percent(x.high()),
                "n",
                x.n()))
        .orElseGet(this::fewer);
  }

  String senses(Map<String, String> bySense) {
    return say.text(
        "report.senses",
        "senses",
        String.join(
            " · ", bySense.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
  }

  private String wait(Duration d) {
    long h = d.toHours();
    return h < 48
        ? say.text("report.wait", "hours", h)
        : say.text("report.wait.days", "days", Math.round(h / 24.0));
  }

  /** ICU select keywords take no hyphen: {@code followup-90} is {@code followup_90}. */
  private static String selector(SurveyRound round) {
    return round.id().replace('-', '_');
  }

  /** A share (0-1) as a whole percentage, rounded half up as people expect. */
  static long percent(double share) {
    return Math.round(share * 100);
  }
}
