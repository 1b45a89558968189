package org.allybot.core.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.PriorSend;
import org.allybot.core.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims a delivery in the ledger right before each send, and settles a claim an earlier sender
 * left behind: one that died with its request in flight, so that nobody knows whether the platform
 * posted it. Resending could post it twice, dropping it could lose it, so the platform is asked
 * ({@link ChatPlatform#findSent}: Slack's message metadata) once the earlier send can no longer be
 * under way. A platform that cannot tell (Teams) keeps the delivery at most once, as before.
 */
final class SendClaims {
  /** The claim token of a sender that did not say when it began (older ledgers, some tests). */
  static final String UNTIMED = "sending";

  /**
   * How long a claimed send may still be under way: longer than any platform call may take (Slack's
   * calls time out after 15 s), so an older claim's send has arrived or never will.
   */
  static final Duration MAY_BE_UNDER_WAY = Duration.ofSeconds(20);

  /** How far before the claim the platform's history is searched: the clocks may disagree. */
  static final Duration CLOCK_MARGIN = Duration.ofSeconds(60);

  /** What a sender does after asking for its claim. */
  enum Next {
    /** The delivery is this sender's: send it. */
    SEND,
    /** It was settled here (sent before, or found on the platform). */
    SETTLED,
    /** An earlier send may still be under way: leave the entry pending for a later reclaim. */
    LATER
  }

  private static final Logger log = LoggerFactory.getLogger(SendClaims.class);

  private final DeliveryLedger ledger;
  private final Settlement settlement;
  private final DeliveryComposer composer;
  private final Clock clock;

  private final String instance;

  /** {@code instance} names this process's worker ({@link DeliverySettings#instanceName}). */
  SendClaims(
      DeliveryLedger ledger,
      Settlement settlement,
      DeliveryComposer composer,
      Clock clock,
      String instance) {
    this.instance = instance;
    this.ledger = ledger;
    this.settlement = settlement;
    this.composer = composer;
    this.clock = clock;
  }

  /**
   * Claims the attempt's delivery, or renews its own claim before a retry (so that no one takes
   * over a send about to happen); settles what an earlier sender left in flight.
   */
  Next claim(Attempt attempt, ChatPlatform platform, Recipient to, SentEntries sent)
      throws DeliveryException {
    Delivery delivery = attempt.entry.delivery();
    String token = token(clock.instant(), instance);
    if (attempt.claimToken != null) {
      if (ledger.takeOver(delivery.workspace(), delivery.id(), attempt.claimToken, token)) {
        attempt.claimToken = token;
        return Next.SEND;
      }
      attempt.claimToken = null; // taken over while this sender waited to retry
      settlement.duplicate(attempt.entry);
      return Next.SETTLED;
    }
    Optional<String> held = ledger.claim(delivery.workspace(), delivery.id(), token);
    if (held.isEmpty()) {
      attempt.claimToken = token;
      return Next.SEND;
    }
    if (held.get().equals(DeliveryLedger.SENT) || instance.equals(instanceOf(held.get()))) {
      // Sent; or claimed by this live instance: being sent by another thread, or sent and its
      // mark failed to be written (the same delivery queued twice, a store failure).
      settlement.duplicate(attempt.entry);
      return Next.SETTLED;
    }
    return settleInFlight(attempt, platform, to, held.get(), token, sent);
  }

  private Next settleInFlight(
      Attempt attempt,
      ChatPlatform platform,
      Recipient to,
      String held,
      String token,
      SentEntries sent)
      throws DeliveryException {
    Delivery delivery = attempt.entry.delivery();
    String name = Settlement.named(delivery);
    Instant since = since(held);
    if (mayBeUnderWay(since, clock.instant())) {
      log.info("delivery {} still being sent elsewhere; left for a later look", name);
      return Next.LATER;
    }
    PriorSend prior = platform.findSent(to, key(delivery), since.minus(CLOCK_MARGIN));
    switch (prior) {
      case PriorSend.Found found -> {
        log.info("delivery {} was posted before its sender stopped; settled", name);
        settlement.sent(attempt.entry, found.ref(), composer, sent);
        return Next.SETTLED;
      }
      case PriorSend.NotFound notFound -> {
        if (ledger.takeOver(delivery.workspace(), delivery.id(), held, token)) {
          attempt.claimToken = token;
          log.info("delivery {} never arrived before its sender stopped; sending", name);
          return Next.SEND;
        }
        settlement.duplicate(attempt.entry);
        return Next.SETTLED;
      }
      case PriorSend.Unknown unknown -> {
        log.info(
            "delivery {} was in flight when its sender stopped and the platform"
                + " cannot tell; kept at most once",
            name);
        settlement.duplicate(attempt.entry);
        return Next.SETTLED;
      }
    }
  }

  /**
   * Whether a send claimed at {@code since} may still be under way at {@code now}, so that its
   * outcome cannot be known yet.
   */
  static boolean mayBeUnderWay(Instant since, Instant now) {
    return now.isBefore(since.plus(MAY_BE_UNDER_WAY));
  }

  /**
   * A claim token: when the send began, a random part that tells two claims apart, and the instance
   * that made it.
   */
  static String token(Instant now, String instance) {
    return UNTIMED
        + ":"
        + now.toEpochMilli()
        + ":"
        + Long.toHexString(ThreadLocalRandom.current().nextLong())
        + ":"
        + instance;
  }

  /** The instance that made the claim {@code token}; empty when it does not say. */
  static String instanceOf(String token) {
    String[] parts = token.split(":", 4);
    return parts.length == 4 ? parts[3] : "";
  }

  /** When the claim {@code token} was made; the epoch when it does not say. */
  static Instant since(String token) {
    String[] parts = token.split(":", 4);
    try {
      return parts.length >= 2 ? Instant.ofEpochMilli(Long.parseLong(parts[1])) : Instant.EPOCH;
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }

  /**
   * The mark a delivery's message carries on the platform: a digest of its id, which itself names
   * the member and the campaign, so the platform's copy says nothing of either.
   */
  static String key(Delivery delivery) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (delivery.workspace().key() + "|" + delivery.id())
                      .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
