package org.allybot.core.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * One sending of a survey in a campaign: the baseline when a member joins, the follow-up at the
 * campaign's end and again 90 days after, and the feedback at the end. The follow-up's two rounds
 * ask the same survey; their answers are kept apart, so each can be compared with the baseline.
 */
public enum SurveyRound {
  BASELINE("baseline", "baseline", "before"),
  FOLLOWUP("followup", "followup", "at the end"),
  FOLLOWUP_LATER("followup-90", "followup", "90 days after"),
  FEEDBACK("feedback", "feedback", "at the end");

  private final String id;
  private final String surveyId;
  private final String when;

  SurveyRound(String id, String surveyId, String when) {
    this.id = id;
    this.surveyId = surveyId;
    this.when = when;
  }

  /** Key-safe and stable: used in stored keys, button values and delivery ids. */
  public String id() {
    return id;
  }

  /** The content pack's survey this round asks. */
  public String surveyId() {
    return surveyId;
  }

  /** When the round is asked, as a report says it ("before", "at the end", "90 days after"). */
  public String when() {
    return when;
  }

  public static Optional<SurveyRound> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
