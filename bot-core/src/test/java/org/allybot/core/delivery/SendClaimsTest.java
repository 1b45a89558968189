package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.allybot.core.ManualClock;
import org.allybot.core.Recipient;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a sender does with a delivery an earlier sender claimed and never settled (it died with the
 * request in flight), on a manual clock: wait while that send may still be under way, then ask the
 * platform and settle or send it, exactly once either way.
 */
@ExtendWith(EmbeddedRedisExtension.class)
final class SendClaimsTest {
  private static final Recipient DM = new Recipient(WS, "DU1");

  @RegisterExtension final Workers workers = new Workers();

  private final ManualClock clock = new ManualClock();
  private final MarkingChatPlatform platform = new MarkingChatPlatform();
  private final Delivery delivery = toMember("poll-1", "U1");

  private SendClaims claims() {
    return claims("live");
  }

  private SendClaims claims(String instance) {
    DeliveryStores stores = workers.stores();
    Settlement settlement = new Settlement(stores, clock, clock, DeliveryObserver.NONE);
    return new SendClaims(stores.ledger(), settlement, workers.composer, clock, instance);
  }

  private Attempt reclaimed() {
    workers.queue().enqueue(delivery);
    QueuedDelivery entry = workers.queue().read("crashed-0", 1, Duration.ZERO).getFirst();
    return new Attempt(entry);
  }

  /** The earlier sender claimed it now, then died. */
  private String claimedByADeadSender() {
    String token = SendClaims.token(clock.instant(), "crashed");
    assertThat(workers.stores().ledger().claim(WS, delivery.id(), token)).isEmpty();
    return token;
  }

  @Test
  void aClaimYoungerThanAnyPlatformCallIsLeftPendingForALaterLook() throws Exception {
    Attempt attempt = reclaimed();
    claimedByADeadSender();
    clock.advance(Duration.ofSeconds(19));

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.LATER);
    assertThat(platform.looks()).isEmpty();
    assertThat(workers.queue().pending()).isEqualTo(1);
  }

  @Test
  void anOldClaimWhosePostArrivedIsSettledAsSentWithoutASecondPost() throws Exception {
    Attempt attempt = reclaimed();
    claimedByADeadSender();
    platform.arrivedBefore(delivery, DM);
    clock.advance(Duration.ofSeconds(25));
    SentEntries sent = new SentEntries();

    assertThat(claims().claim(attempt, platform, DM, sent)).isEqualTo(SendClaims.Next.SETTLED);
    claims().claim(attempt, platform, DM, sent); // nothing changes on a second look
    assertThat(sent.takeAll()).extracting(e -> e.delivery().id()).containsOnly("poll-1");
    assertThat(workers.composer.sentIds()).contains("poll-1");
    assertThat(platform.posts()).isEmpty();
  }

  @Test
  void theLookStartsAMinuteBeforeTheClaimForClocksThatDisagree() throws Exception {
    Attempt attempt = reclaimed();
    claimedByADeadSender();
    java.time.Instant claimedAt = clock.instant();
    clock.advance(Duration.ofSeconds(21));

    claims().claim(attempt, platform, DM, new SentEntries());

    assertThat(platform.looks()).containsExactly(claimedAt.minus(Duration.ofSeconds(60)));
  }

  @Test
  void anOldClaimWhosePostNeverArrivedIsTakenOverAndSentOnce() throws Exception {
    Attempt attempt = reclaimed();
    String dead = claimedByADeadSender();
    clock.advance(Duration.ofSeconds(25));

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SEND);
    // A third instance reclaiming it now finds this sender's fresh claim: too young to touch.
    Attempt third = new Attempt(attempt.entry);
    assertThat(claims("third").claim(third, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.LATER);
    assertThat(workers.stores().ledger().takeOver(WS, delivery.id(), dead, "x")).isFalse();
  }

  @Test
  void aPlatformThatCannotLookKeepsTheDeliveryAtMostOnce() throws Exception {
    Attempt attempt = reclaimed();
    claimedByADeadSender();
    platform.cannotLook();
    clock.advance(Duration.ofMinutes(5));

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SETTLED);
    assertThat(workers.queue().pending()).isZero();
    assertThat(platform.posts()).isEmpty();
  }

  @Test
  void aRetryRenewsItsOwnClaimSoThatNoOneTakesOverASendAboutToHappen() throws Exception {
    Attempt attempt = reclaimed();
    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SEND);
    clock.advance(Duration.ofSeconds(30)); // backing off after a timeout

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SEND);
    Optional<String> held = workers.stores().ledger().claim(WS, delivery.id(), "other");
    assertThat(SendClaims.since(held.orElseThrow())).isEqualTo(clock.instant());
  }

  @Test
  void aRetryWhoseClaimWasTakenOverMeanwhileSendsNothing() throws Exception {
    Attempt attempt = reclaimed();
    claims().claim(attempt, platform, DM, new SentEntries());
    assertThat(workers.stores().ledger().takeOver(WS, delivery.id(), attempt.claimToken, "another"))
        .isTrue();

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SETTLED);
    assertThat(attempt.claimToken).isNull();
  }

  @Test
  void aDeliveryMarkedSentIsDroppedWithoutALook() throws Exception {
    Attempt attempt = reclaimed();
    // Another sender claimed it, sent it and marked it sent.
    workers.stores().ledger().claim(WS, delivery.id(), SendClaims.token(clock.instant(), "other"));
    workers.stores().ledger().markSent(List.of(delivery));

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SETTLED);
    assertThat(platform.looks()).isEmpty();
  }

  @Test
  void aClaimOfThisLiveInstanceIsADuplicateCopyDroppedAtOnce() throws Exception {
    Attempt attempt = reclaimed();
    String token = SendClaims.token(clock.instant(), "live");
    workers.stores().ledger().claim(WS, delivery.id(), token);

    assertThat(claims().claim(attempt, platform, DM, new SentEntries()))
        .isEqualTo(SendClaims.Next.SETTLED);
    assertThat(platform.looks()).isEmpty();
    assertThat(workers.queue().pending()).isZero();
  }

  @Test
  void theMarkIsADigestThatNamesNeitherTheMemberNorTheDelivery() {
    String key = SendClaims.key(delivery);
    assertThat(key).hasSize(32).doesNotContain("U1").doesNotContain("poll");
    assertThat(SendClaims.key(toMember("poll-2", "U1"))).isNotEqualTo(key);
  }
}
