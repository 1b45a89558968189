package org.allybot.core.survey;

import java.util.List;

/**
 * Two rounds whose Likert answers are paired person by person: the change is {@code after} minus
 * {@code before}, kept with the {@code after} round.
 */
public record Pairing(SurveyRound before, SurveyRound after) {
  public static final List<Pairing> ALL =
      List.of(
          new Pairing(SurveyRound.BASELINE, SurveyRound.FOLLOWUP),
          new Pairing(SurveyRound.BASELINE, SurveyRound.FOLLOWUP_LATER));

  /** The pairings a round takes part in. */
  public static List<Pairing> of(SurveyRound round) {
    return ALL.stream().filter(p -> p.before() == round || p.after() == round).toList();
  }

  /** The round on the other side of this pairing from {@code round}. */
  public SurveyRound other(SurveyRound round) {
    return round == before ? after : before;
  }
}
