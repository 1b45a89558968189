package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.Progress;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisProgressTest {
  private static final UserRef ANA = new UserRef(new WorkspaceId(Platform.SLACK, "T1"), "U1");
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private final Progress progress;

  RedisProgressTest(TestRedis redis) {
    this.progress = new RedisProgress(redis.client());
  }

  @Test
  void aSnapshotHoldsTheDueReviewsAndTheSeenItemsTogether() {
    progress.markSeen(ANA, "s1");
    progress.markSeen(ANA, "s2");
    progress.scheduleReview(ANA, "s1", NOW.minus(Duration.ofDays(1)), 1);
    progress.scheduleReview(ANA, "s2", NOW.plus(Duration.ofDays(1)), 1);

    Progress.Snapshot snapshot = progress.snapshot(ANA, NOW);

    assertThat(snapshot.dueReviews())
        .containsExactly("s1")
        .isEqualTo(progress.dueReviews(ANA, NOW));
    assertThat(snapshot.seen()).containsExactlyInAnyOrder("s1", "s2");
  }

  @Test
  void manyMembersAreMarkedAndReadInOneGo() {
    UserRef bea = new UserRef(ANA.workspace(), "U2");
    UserRef cem = new UserRef(ANA.workspace(), "U3");
    progress.markSeen(Map.of(ANA, "s1", bea, "s2"));
    progress.scheduleReview(bea, "s2", NOW.minus(Duration.ofDays(1)), 1);

    Map<UserRef, Progress.Snapshot> snapshots = progress.snapshots(List.of(ANA, bea, cem), NOW);

    assertThat(snapshots)
        .containsOnly(
            Map.entry(ANA, new Progress.Snapshot(List.of(), Set.of("s1"))),
            Map.entry(bea, new Progress.Snapshot(List.of("s2"), Set.of("s2"))),
            Map.entry(cem, new Progress.Snapshot(List.of(), Set.of())));
    assertThat(progress.seen(List.of(ANA, cem)))
        .containsOnly(Map.entry(ANA, Set.of("s1")), Map.entry(cem, Set.of()));
  }
}
