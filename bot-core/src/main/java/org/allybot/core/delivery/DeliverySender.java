package org.allybot.core.delivery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a batch of queue entries through compose, recipient, rate limit, ledger and send, retrying
 * each in place. The batch is composed and its stored conversations looked up together up front,
 * and what was sent is marked and acknowledged together at the end. The ledger is claimed right
 * before each first send, so retries here are never blocked by their own claim, while an entry
 * handed out again after a crash sees the claim and is dropped.
 */
final class DeliverySender {
  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

  private final DeliveryStores stores;
  private final DeliveryComposer composer;
  private final Map<Platform, ChatPlatform> platforms;
  private final RateLimiter limiter;
  private final DeliverySettings settings;
  private final Closing closing;
  private final Ticker ticker;
  private final Settlement settlement;
  private final BatchPreparation preparation;
  private final SendClaims claims;

  DeliverySender(
      DeliveryStores stores,
      DeliveryComposer composer,
      Map<Platform, ChatPlatform> platforms,
      RateLimiter limiter,
      DeliverySettings settings,
      Closing closing,
      DeliveryObserver observer) {
    this.stores = stores;
    this.composer = composer;
    this.platforms = platforms;
    this.limiter = limiter;
    this.settings = settings;
    this.closing = closing;
    this.ticker = limiter.ticker();
    this.settlement = new Settlement(stores, limiter.clock(), ticker, observer);
    this.preparation = new BatchPreparation(stores, composer, platforms);
    this.claims =
        new SendClaims(
            stores.ledger(), settlement, composer, limiter.clock(), settings.instanceName());
  }

  /**
   * Sends, skips or parks each entry and acknowledges it. Once closing, the rest stay pending and
   * are reclaimed by a live consumer.
   */
  void processAll(List<QueuedDelivery> batch) {
    List<Attempt> attempts = preparation.prepare(batch);
    SentEntries sent = new SentEntries();
    try {
      for (Attempt attempt : attempts) {
        if (closing.hasBegun() || Thread.currentThread().isInterrupted()) {
          return;
        }
        try {
          process(attempt, sent);
        } catch (RuntimeException e) {
          String name = Settlement.named(attempt.entry.delivery());
          log.warn("delivery {} not settled: {}", name, Settlement.describe(e));
        }
        // In a slow batch (a low rate, long retries), what was sent is marked as it goes, so a
        // crash leaves few sends in doubt for the consumer that reclaims them.
        if (sent.waitingLongerThan(settings.touchEvery(), ticker.nanoTime())) {
          settlement.flush(sent, composer);
        }
      }
    } finally {
      settlement.flush(sent, composer);
    }
  }

  private void process(Attempt attempt, SentEntries sent) {
    QueuedDelivery entry = attempt.entry;
    Delivery delivery = entry.delivery();
    ChatPlatform platform = platforms.get(delivery.workspace().platform());
    if (platform == null) {
      settlement.failed(entry, "no adapter for " + delivery.workspace().platform(), 0);
      return;
    }
    while (true) {
      try {
        attempt.tries++;
        MessageRef ref = sendOnce(attempt, platform, sent);
        if (ref != null) {
          settlement.sent(entry, ref, composer, sent);
        }
        return;
      } catch (DeliveryException.RateLimited e) {
        unclaim(attempt); // a 429 posted nothing: a crash while waiting must not lose it
        limiter.pause(delivery.workspace(), e.retryAfter());
        if (++attempt.rateLimited > settings.maxRateLimitedRetries()) {
          settlement.failed(entry, "rate limited " + attempt.rateLimited + " times", attempt.tries);
          return;
        }
        log.debug("delivery {} rate limited", Settlement.named(delivery));
        if (closing.hasBegun()) {
          abandon(attempt);
          return;
        }
      } catch (DeliveryException.Permanent e) {
        settlement.failed(entry, e.getMessage(), attempt.tries);
        return;
      } catch (DeliveryException e) { // Transient, the only other kind
        if (!backOff(attempt, e.getMessage())) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abandon(attempt);
        return;
      } catch (RuntimeException e) {
        String name = Settlement.named(delivery);
        log.warn("delivery {} failed unexpectedly: {}", name, Settlement.describe(e));
        if (!backOff(attempt, e.getClass().getSimpleName())) {
          return;
        }
      }
    }
  }

  /**
   * One try; null when the entry was settled without sending (skipped, a duplicate, found already
   * posted) or left pending for a later look.
   */
  private MessageRef sendOnce(Attempt attempt, ChatPlatform platform, SentEntries sent)
      throws DeliveryException, InterruptedException {
    Delivery delivery = attempt.entry.delivery();
    if (attempt.composed == null) {
      attempt.composed = composer.compose(delivery);
    }
    Message message;
    switch (attempt.composed) {
      case Composed.Skip skip -> {
        settlement.skipped(attempt.entry, skip.reason());
        return null;
      }
      case Composed.Send send -> message = send.message();
    }
    Recipient recipient = recipient(attempt, platform);
    limiter.acquireSend(recipient);
    if (claims.claim(attempt, platform, recipient, sent) != SendClaims.Next.SEND) {
      return null;
    }
    limiter.awaitPostTurn(delivery.workspace());
    return platform.send(recipient, message, SendClaims.key(delivery));
  }

  /** The conversation to post to; a member's is opened the first time only. */
  private Recipient recipient(Attempt attempt, ChatPlatform platform) throws DeliveryException {
    if (attempt.recipient == null) {
      Delivery delivery = attempt.entry.delivery();
      if (!delivery.isDirect()) {
        attempt.recipient = new Recipient(delivery.workspace(), delivery.channelId());
      } else {
        UserRef user = new UserRef(delivery.workspace(), delivery.userId());
        ChatPlatform opens = new ThrottledOpens(platform, limiter);
        attempt.recipient =
            attempt.knownToHaveNone
                ? stores.directChannels().open(user, opens, attempt.lookedUpAt)
                : stores.directChannels().recipientFor(user, opens);
      }
    }
    return attempt.recipient;
  }

  /**
   * Waits before the next try (the entry's reader keeps it claimed meanwhile); false if the entry
   * was parked or left for another consumer.
   */
  private boolean backOff(Attempt attempt, String reason) {
    if (++attempt.failures >= settings.maxAttempts()) {
      settlement.failed(attempt.entry, reason, attempt.tries);
      return false;
    }
    long wait = settings.backoffAfter(attempt.failures, ThreadLocalRandom.current()).toNanos();
    try {
      if (!closing.awaitBegun(wait)) { // throws if interrupted already
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    abandon(attempt);
    return false;
  }

  /**
   * Gives the ledger claim back when the platform said for sure that nothing was posted, so that if
   * this instance dies before its next try, the consumer that reclaims the entry sends it instead
   * of dropping it as already claimed (ops/faults/kill-instance.sh lost 2 in 600 that way).
   */
  private void unclaim(Attempt attempt) {
    if (attempt.claimToken != null) {
      Delivery delivery = attempt.entry.delivery();
      stores.ledger().release(delivery.workspace(), delivery.id());
      attempt.claimToken = null;
    }
  }

  /** Closing before the send: gives the claim back and leaves the entry for a live consumer. */
  private void abandon(Attempt attempt) {
    unclaim(attempt);
    log.info("delivery {} left for another sender", Settlement.named(attempt.entry.delivery()));
  }
}
