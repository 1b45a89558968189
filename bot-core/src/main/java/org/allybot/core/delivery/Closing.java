package org.allybot.core.delivery;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whether the delivery worker is closing: its readers and senders check it between steps, and their
 * waits between tries end early when it begins.
 */
final class Closing {
  private final CountDownLatch begun = new CountDownLatch(1);

  /** Begins closing; true the first time only. */
  synchronized boolean begin() {
    if (hasBegun()) {
      return false;
    }
    begun.countDown();
    return true;
  }

  boolean hasBegun() {
    return begun.getCount() == 0;
  }

  /** Waits up to {@code nanos}; true if closing began by then. */
  boolean awaitBegun(long nanos) throws InterruptedException {
    return begun.await(nanos, TimeUnit.NANOSECONDS);
  }
}
