package org.allybot.core.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.allybot.core.UserRef;

/** Lesson feedback and "I'll try this" commitments with their 7-day check-ins. */
public interface LessonResponses {
  /** Keeps the member's latest response ("got-it", "more", "not-for-me", "try") to a lesson. */
  void respond(UserRef user, String lessonId, String response, Instant at);

  Optional<String> responseOf(UserRef user, String lessonId);

  /**
   * Records a commitment made in a campaign ({@code campaignId} empty outside one) and when to ask
   * about it.
   */
  void commit(UserRef user, String lessonId, String campaignId, Instant checkInAt);

  /** Commitments whose check-in is due, removing them from the due list. */
  List<CheckIn> takeDueCheckIns(Instant now);

  /** A commitment waiting for its check-in; {@code campaignId} is empty outside a campaign. */
  record CheckIn(UserRef user, String lessonId, String campaignId) {}
}
