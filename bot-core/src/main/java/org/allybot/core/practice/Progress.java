package org.allybot.core.practice;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.allybot.core.UserRef;

/** Where each member is in the curriculum: what they have seen, and which scenarios come back. */
public interface Progress {
  Set<String> seen(UserRef user);

  void markSeen(UserRef user, String itemId);

  /** Forgets that these items were seen, so a finished track can start again. */
  void unsee(UserRef user, java.util.Collection<String> itemIds);

  /** Brings a scenario back at {@code due}; {@code round} grows the interval each time. */
  void scheduleReview(UserRef user, String scenarioId, Instant due, int round);

  int reviewRound(UserRef user, String scenarioId);

  /** Scenarios whose review is due, oldest first. */
  List<String> dueReviews(UserRef user, Instant now);

  void clearReview(UserRef user, String scenarioId);

  /** What choosing a scenario reads: the due reviews and the seen items, at once. */
  default Snapshot snapshot(UserRef user, Instant now) {
    return new Snapshot(dueReviews(user, now), seen(user));
  }

  /** A member's due reviews and seen items, read together. */
  record Snapshot(List<String> dueReviews, Set<String> seen) {}
}
