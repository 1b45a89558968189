package org.allybot.core.learning;

import java.time.Instant;
import org.allybot.core.UserRef;

/**
 * Something a member did that counts as learning, as the use cases report it to {@link
 * LearningRecords}. {@code campaignId} is empty outside a campaign; {@code at} is the core clock's
 * time of the event, which also makes the event's record id deterministic.
 */
public sealed interface LearningEvent {
  UserRef member();

  String campaignId();

  Instant at();

  /** A poll step answered with a new choice (the same choice again is not a new event). */
  record PollAnswered(
      UserRef member,
      String campaignId,
      String scenarioId,
      String stepId,
      String optionId,
      Instant at)
      implements LearningEvent {}

  /** A lesson read for the first time ("got it", "tell me more" or "I'll try this"). */
  record LessonExperienced(UserRef member, String campaignId, String lessonId, Instant at)
      implements LearningEvent {}

  /** "I'll try this" on a lesson: a commitment to try its practice this week. */
  record CommitmentMade(UserRef member, String campaignId, String lessonId, Instant at)
      implements LearningEvent {}

  /** "I tried it" at a commitment's check-in. */
  record CommitmentAttempted(UserRef member, String campaignId, String lessonId, Instant at)
      implements LearningEvent {}

  /** A survey finished; what was answered is never part of it. */
  record SurveyCompleted(UserRef member, String campaignId, String surveyId, Instant at)
      implements LearningEvent {}
}
