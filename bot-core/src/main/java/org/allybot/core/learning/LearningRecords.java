package org.allybot.core.learning;

import java.time.Instant;
import org.allybot.core.UserRef;

/**
 * Where the use cases report learning events, for export to a learning record store. An
 * implementation must never throw into the use case and must return quickly: it may queue, never
 * send. {@link #NONE} is used when no export is configured.
 */
public interface LearningRecords {
  LearningRecords NONE = event -> {};

  void record(LearningEvent event);

  /**
   * For the survey feature: a member finished survey {@code surveyId} of a campaign. Call it once
   * per completed survey round, with the time it completed; it carries no answers.
   */
  default void surveyCompleted(UserRef member, String campaignId, String surveyId, Instant at) {
    record(new LearningEvent.SurveyCompleted(member, campaignId, surveyId, at));
  }
}
