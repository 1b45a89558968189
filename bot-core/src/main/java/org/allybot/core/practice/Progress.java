package org.allybot.core.practice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.UserRef;

/** Where each member is in the curriculum: what they have seen, and which scenarios come back. */
public interface Progress {
  Set<String> seen(UserRef user);

  /** {@link #seen} of each member, all in one read. */
  Map<UserRef, Set<String>> seen(Collection<UserRef> users);

  default void markSeen(UserRef user, String itemId) {
    markSeen(Map.of(user, itemId));
  }

  /** Marks one item seen for each member, all in one write. */
  void markSeen(Map<UserRef, String> itemByUser);

  /** Forgets that these items were seen, so a finished track can start again. */
  void unsee(UserRef user, java.util.Collection<String> itemIds);

  /** Brings a scenario back at {@code due}; {@code round} grows the interval each time. */
  void scheduleReview(UserRef user, String scenarioId, Instant due, int round);

  /** {@link #scheduleReview} of one item per member, all in one write. */
  void scheduleReviews(Map<UserRef, String> itemByUser, Instant due, int round);

  int reviewRound(UserRef user, String scenarioId);

  /** Scenarios whose review is due, oldest first. */
  List<String> dueReviews(UserRef user, Instant now);

  void clearReview(UserRef user, String scenarioId);

  /** What choosing a scenario reads: the due reviews and the seen items, at once. */
  default Snapshot snapshot(UserRef user, Instant now) {
    return snapshots(List.of(user), now).get(user);
  }

  /** {@link #snapshot} of each member, all in one read. */
  Map<UserRef, Snapshot> snapshots(Collection<UserRef> users, Instant now);

  /** A member's due reviews and seen items, read together. */
  record Snapshot(List<String> dueReviews, Set<String> seen) {}
}
