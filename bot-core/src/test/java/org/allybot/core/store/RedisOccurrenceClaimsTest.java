package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceKind;
import org.allybot.core.campaign.Slot;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisOccurrenceClaimsTest {
  private static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SLACK, "T1");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final Instant SPRING_FORWARD = Instant.parse("2026-03-29T01:00:00Z");

  private final TestRedis redis;
  private final RedisOccurrenceClaims claims;

  RedisOccurrenceClaimsTest(TestRedis redis) {
    this.redis = redis;
    this.claims = new RedisOccurrenceClaims(redis.client());
  }

  @Test
  void onlyTheFirstClaimWins() {
    Occurrence lesson = occurrence(LocalTime.of(1, 30), SPRING_FORWARD);

    assertThat(claims.isClaimed(lesson)).isFalse();
    assertThat(claims.claim(lesson)).isTrue();
    assertThat(claims.claim(lesson)).isFalse();
    assertThat(claims.isClaimed(lesson)).isTrue();
  }

  @Test
  void aClaimIsKeptForEightDaysUnderTheWorkspaceKey() {
    Occurrence lesson = occurrence(LocalTime.of(1, 30), SPRING_FORWARD);
    claims.claim(lesson);

    String key = "ally:{slack:T1}:claim:allies-101:lesson:Europe.London:0130:1774746000";
    assertThat(RedisOccurrenceClaims.key(lesson)).isEqualTo(key);
    assertThat(redis.client().ttl(key)).isBetween(8L * 24 * 3600 - 5, 8L * 24 * 3600);
  }

  @Test
  void twoSlotsWhoseTimesFallInOneSpringForwardGapAreClaimedSeparately() {
    Occurrence halfPast = occurrence(LocalTime.of(1, 30), SPRING_FORWARD);
    Occurrence quarterTo = occurrence(LocalTime.of(1, 45), SPRING_FORWARD);

    assertThat(claims.claim(halfPast)).isTrue();
    assertThat(claims.claim(quarterTo)).isTrue();
  }

  @Test
  void anOffsetZoneMakesAKeyWithoutColonsInItsParts() {
    Occurrence lesson =
        new Occurrence(
            WORKSPACE,
            "allies-101",
            OccurrenceKind.POLL,
            new Slot(ZoneId.of("UTC+01:00"), LocalTime.of(9, 0)),
            SPRING_FORWARD);

    assertThat(RedisOccurrenceClaims.key(lesson)).endsWith(":poll:UTC+01.00:0900:1774746000");
  }

  private static Occurrence occurrence(LocalTime time, Instant at) {
    return new Occurrence(
        WORKSPACE, "allies-101", OccurrenceKind.LESSON, new Slot(LONDON, time), at);
  }
}
