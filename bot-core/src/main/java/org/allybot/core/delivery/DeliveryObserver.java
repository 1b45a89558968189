package org.allybot.core.delivery;

import org.allybot.core.Platform;

/**
 * Told how the delivery engine is doing, for the metrics: how each delivery ended, entries
 * reclaimed from stopped or crashed consumers, waits for the send rate, and the platforms' 429s. It
 * gets platforms and counts only, never ids. Calls come from the sender threads: keep them quick.
 */
public interface DeliveryObserver {
  /** How a delivery ended. */
  enum Outcome {
    SENT,
    /** Parked after its attempts ran out, or a permanent error. */
    FAILED,
    /** Parked without sending: nothing to send, or the member left, opted out or paused. */
    SKIPPED,
    /** Claimed before: sent, or being sent, elsewhere. */
    DUPLICATE
  }

  default void settled(Platform platform, Outcome outcome) {}

  /** A consumer took over {@code count} entries another had held too long or handed over. */
  default void reclaimed(int count) {}

  /** A caller waited {@code nanos} for a permit, or for a pause to end. */
  default void waited(Platform platform, long nanos) {}

  /** The platform answered 429: the workspace is paused. */
  default void rateLimited(Platform platform) {}

  DeliveryObserver NONE = new DeliveryObserver() {};
}
