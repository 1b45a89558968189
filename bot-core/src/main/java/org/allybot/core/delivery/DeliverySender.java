package org.allybot.core.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
 * Takes one queue entry through compose, recipient, rate limit, ledger and send, retrying in place.
 * The ledger is claimed right before the first send, so retries here are never blocked by their own
 * claim, while an entry handed out again after a crash sees the claim and is dropped.
 */
final class DeliverySender {
  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

  private final DeliveryStores stores;
  private final DeliveryComposer composer;
  private final Map<Platform, ChatPlatform> platforms;
  private final RateLimiter limiter;
  private final DeliverySettings settings;
  private final CountDownLatch closed;
  private final Settlement settlement;

  DeliverySender(
      DeliveryStores stores,
      DeliveryComposer composer,
      Map<Platform, ChatPlatform> platforms,
      RateLimiter limiter,
      DeliverySettings settings,
      CountDownLatch closed) {
    this.stores = stores;
    this.composer = composer;
    this.platforms = platforms;
    this.limiter = limiter;
    this.settings = settings;
    this.closed = closed;
    this.settlement = new Settlement(stores, Clock.systemUTC());
  }

  /** The progress of one entry; what succeeded once is not done again on a retry. */
  private static final class Attempt {
    final QueuedDelivery entry;
    final String consumer;
    long lastTouched;
    Message message;
    Recipient recipient;
    boolean claimed;
    int failures;
    int rateLimited;
    int tries;

    Attempt(QueuedDelivery entry, String consumer, long readAt) {
      this.entry = entry;
      this.consumer = consumer;
      this.lastTouched = readAt;
    }
  }

  /** Sends, skips or parks the entry and acknowledges it, or leaves it pending if closing. */
  void process(QueuedDelivery entry, String consumer, long readAt) {
    Delivery delivery = entry.delivery();
    ChatPlatform platform = platforms.get(delivery.workspace().platform());
    if (platform == null) {
      settlement.failed(entry, "no adapter for " + delivery.workspace().platform(), 0);
      return;
    }
    Attempt attempt = new Attempt(entry, consumer, readAt);
    while (true) {
      try {
        attempt.tries++;
        MessageRef ref = sendOnce(attempt, platform);
        if (ref != null) {
          settlement.sent(entry, ref, composer);
        }
        return;
      } catch (DeliveryException.RateLimited e) {
        limiter.pause(delivery.workspace(), e.retryAfter());
        if (++attempt.rateLimited > settings.maxRateLimitedRetries()) {
          settlement.failed(entry, "rate limited " + attempt.rateLimited + " times", attempt.tries);
          return;
        }
        log.debug("delivery {} in {} rate limited", delivery.id(), delivery.workspace().key());
        if (closed.getCount() == 0) {
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
        log.warn(
            "delivery {} in {} failed unexpectedly: {}",
            delivery.id(),
            delivery.workspace().key(),
            Settlement.describe(e));
        if (!backOff(attempt, e.getClass().getSimpleName())) {
          return;
        }
      }
    }
  }

  /** One try; null when the entry was settled without sending (skipped, or a duplicate). */
  private MessageRef sendOnce(Attempt attempt, ChatPlatform platform)
      throws DeliveryException, InterruptedException {
    Delivery delivery = attempt.entry.delivery();
    keepClaimed(attempt);
    if (attempt.message == null) {
      switch (composer.compose(delivery)) {
        case Composed.Skip skip -> {
          settlement.skipped(attempt.entry, skip.reason());
          return null;
        }
        case Composed.Send send -> attempt.message = send.message();
      }
    }
    if (attempt.recipient == null) {
      attempt.recipient =
          delivery.isDirect()
              ? stores
                  .directChannels()
                  .recipientFor(
                      new UserRef(delivery.workspace(), delivery.userId()),
                      new ThrottledOpens(platform, limiter))
              : new Recipient(delivery.workspace(), delivery.channelId());
    }
    limiter.acquireSend(attempt.recipient);
    if (!attempt.claimed) {
      if (!stores.ledger().begin(delivery.workspace(), delivery.id())) {
        settlement.duplicate(attempt.entry);
        return null;
      }
      attempt.claimed = true;
    }
    return platform.send(attempt.recipient, attempt.message);
  }

  /** Waits before the next try; false if the entry was parked or left for another consumer. */
  private boolean backOff(Attempt attempt, String reason) {
    attempt.failures++;
    if (attempt.failures >= settings.maxAttempts()) {
      settlement.failed(attempt.entry, reason, attempt.tries);
      return false;
    }
    Duration wait = settings.backoffAfter(attempt.failures, ThreadLocalRandom.current());
    try {
      if (Thread.currentThread().isInterrupted()
          || closed.await(wait.toNanos(), TimeUnit.NANOSECONDS)) {
        abandon(attempt);
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandon(attempt);
      return false;
    }
    return true;
  }

  /** Keeps a long-running entry from looking abandoned to other consumers' reclaim. */
  private void keepClaimed(Attempt attempt) {
    long now = System.nanoTime();
    if (now - attempt.lastTouched > settings.reclaimIdle().toNanos() / 3) {
      stores.queue().touch(attempt.consumer, attempt.entry);
      attempt.lastTouched = now;
    }
  }

  /**
   * Shutting down before the send happened: give the claim back and leave the entry pending, so a
   * live consumer reclaims and sends it.
   */
  private void abandon(Attempt attempt) {
    Delivery delivery = attempt.entry.delivery();
    if (attempt.claimed) {
      stores.ledger().release(delivery.workspace(), delivery.id());
    }
    log.info(
        "delivery {} in {} left for another sender", delivery.id(), delivery.workspace().key());
  }
}
