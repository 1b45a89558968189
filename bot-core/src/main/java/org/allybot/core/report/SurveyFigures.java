package org.allybot.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Curriculum;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.survey.SurveyAnswers;
import org.allybot.core.survey.SurveyRound;

/**
 * A campaign's {@link SurveyResults}, from the released figures of each round it sends: Likert
 * means before, after and later, with the change from before (paired where 5 people answered both),
 * the ally KPI with Wilson intervals, choice shares, and free-text counts.
 */
final class SurveyFigures {
  private final Curriculum curriculum;
  private final SurveyAnswers answers;

  SurveyFigures(Curriculum curriculum, SurveyAnswers answers) {
    this.curriculum = curriculum;
    this.answers = answers;
  }

  SurveyResults of(Campaign c) {
    Map<SurveyRound, SurveyAnswers.Figures> figures = new EnumMap<>(SurveyRound.class);
    Map<SurveyRound, Survey> surveys = new EnumMap<>(SurveyRound.class);
    for (SurveyRound round : SurveyRound.values()) {
      Optional<Survey> survey = curriculum.survey(round.surveyId());
      if (survey.isPresent() && c.surveys().sends(round.surveyId())) {
        surveys.put(round, survey.get());
        figures.put(round, answers.figures(c.workspace(), c.id(), round));
      }
    }
    List<SurveyResults.RoundResponses> rounds = new ArrayList<>();
    List<SurveyResults.ChoiceResult> choices = new ArrayList<>();
    List<SurveyResults.TextResult> texts = new ArrayList<>();
    surveys.forEach((round, survey) -> {
      SurveyAnswers.Figures f = figures.get(round);
      rounds.add(
          new SurveyResults.RoundResponses(
              round, Count.of(f.answer("started:n")), Count.of(f.answer("completed:n"))));
      for (SurveyQuestion q : survey.questions()) {
        switch (q.type()) {
          case CHOICE -> choices.add(choice(q, round, f));
          case TEXT ->
              texts.add(
                  new SurveyResults.TextResult(
                      q.id(), q.prompt(), round, Count.of(f.answer(q.id() + ":n"))));
          case LIKERT -> {}
        }
      }
    });
    return new SurveyResults(rounds, likert(surveys, figures), kpi(figures), choices, texts);
  }

  /** Every Likert item of the rounds, in survey order, each once. */
  private static List<SurveyResults.LikertResult> likert(
      Map<SurveyRound, Survey> surveys, Map<SurveyRound, SurveyAnswers.Figures> figures) {
    Map<String, SurveyQuestion> items = new LinkedHashMap<>();
    surveys.values().stream()
        .flatMap(s -> s.questions().stream())
        .filter(q -> q.type() == SurveyQuestion.Type.LIKERT)
        .forEach(q -> items.putIfAbsent(q.id(), q));
    var before = figures.get(SurveyRound.BASELINE);
    var after = figures.get(SurveyRound.FOLLOWUP);
    var later = figures.get(SurveyRound.FOLLOWUP_LATER);
    return items.values().stream()
        .map(q ->
            new SurveyResults.LikertResult(
                q.id(),
                q.prompt(),
                mean(before, q.id()),
                mean(after, q.id()),
                mean(later, q.id()),
                change(before, after, q.id()),
                change(before, later, q.id())))
        .toList();
  }

  private static Optional<Estimate> mean(SurveyAnswers.Figures f, String item) {
    return f == null
        ? Optional.empty()
        : Intervals.mean(f.answer(item + ":n"), f.answer(item + ":sum"), f.answer(item + ":sq"));
  }

  /**
   * Paired when at least 5 people answered both (the pairs are kept with the after round);
   * otherwise the difference of the two groups, when each has at least 5.
   */
  private static Optional<SurveyResults.Change> change(
      SurveyAnswers.Figures before, SurveyAnswers.Figures after, String item) {
    if (before == null || after == null) {
      return Optional.empty();
    }
    long pairs = after.pair(item + ":n");
    if (pairs >= GroupFigures.MIN_GROUP) {
      return Intervals.mean(pairs, after.pair(item + ":sum"), after.pair(item + ":sq"))
          .map(e -> new SurveyResults.Change(e, true));
    }
    return Intervals.difference(
            before.answer(item + ":n"),
            before.answer(item + ":sum"),
            before.answer(item + ":sq"),
            after.answer(item + ":n"),
            after.answer(item + ":sum"),
            after.answer(item + ":sq"))
        .map(e -> new SurveyResults.Change(e, false));
  }

  private SurveyResults.AllyKpi kpi(Map<SurveyRound, SurveyAnswers.Figures> figures) {
    return new SurveyResults.AllyKpi(
        allyShare(figures.get(SurveyRound.BASELINE)),
        allyShare(figures.get(SurveyRound.FOLLOWUP)),
        allyShare(figures.get(SurveyRound.FOLLOWUP_LATER)));
  }

  /** The share of "yes" among those who answered the ally question (a skip is no answer). */
  private Optional<Estimate> allyShare(SurveyAnswers.Figures f) {
    Optional<SurveyQuestion> q =
        curriculum.survey("baseline").flatMap(s -> s.question(Survey.ALLY_ITEM));
    if (f == null || q.isEmpty() || !q.get().choices().contains(Survey.ALLY_YES)) {
      return Optional.empty();
    }
    int yes = q.get().choices().indexOf(Survey.ALLY_YES);
    String item = Survey.ALLY_ITEM;
    return Intervals.share(f.answer(item + ":c:" + yes), f.answer(item + ":n"));
  }

  private static SurveyResults.ChoiceResult choice(
      SurveyQuestion q, SurveyRound round, SurveyAnswers.Figures f) {
    long n = f.answer(q.id() + ":n");
    Map<String, Double> shares = new LinkedHashMap<>();
    if (n >= GroupFigures.MIN_GROUP) {
      for (int i = 0; i < q.choices().size(); i++) {
        shares.put(q.choices().get(i), (double) f.answer(q.id() + ":c:" + i) / n);
      }
    }
    return new SurveyResults.ChoiceResult(q.id(), q.prompt(), round, Count.of(n), shares);
  }
}
