package org.allybot.core.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.survey.SurveyRound;

/**
 * A campaign's survey figures: answers per round, each Likert item before and after with 95%
 * intervals, the "I have an ally at work" share, choice items as shares, and free text as a count.
 */
public record SurveyResults(
    List<RoundResponses> rounds,
    List<LikertResult> likert,
    AllyKpi allyKpi,
    List<ChoiceResult> choices,
    List<TextResult> texts) {
  public SurveyResults {
    rounds = List.copyOf(rounds);
    likert = List.copyOf(likert);
    choices = List.copyOf(choices);
    texts = List.copyOf(texts);
  }

  /** How many people started and finished a round. */
  public record RoundResponses(SurveyRound round, Count started, Count completed) {}

  /**
   * A 1-5 item's mean before (baseline), after (follow-up at the end) and later (90 days after),
   * and the change from before to each; empty where fewer than 5 people answered.
   */
  public record LikertResult(
      String itemId,
      String prompt,
      Optional<Estimate> before,
      Optional<Estimate> after,
      Optional<Estimate> later,
      Optional<Change> change,
      Optional<Change> changeLater) {}

  /**
   * A change in mean from before: {@code paired} when it is the mean of each person's own change
   * (from at least 5 people who answered both), otherwise the difference of the two groups' means.
   */
  public record Change(Estimate difference, boolean paired) {}

  /** The share who say they have at least one ally at work, with 95% Wilson intervals. */
  public record AllyKpi(
      Optional<Estimate> before, Optional<Estimate> after, Optional<Estimate> later) {}

  /**
   * A choice item in one round: how many answered, and the share (0-1) at each choice in the
   * survey's order; {@code shares} is empty when the answers are hidden.
   */
  public record ChoiceResult(
      String itemId, String prompt, SurveyRound round, Count answers, Map<String, Double> shares) {
    public ChoiceResult {
      shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }
  }

  /** A free-text item in one round: only how many answered, never what they wrote. */
  public record TextResult(String itemId, String prompt, SurveyRound round, Count answers) {}
}
