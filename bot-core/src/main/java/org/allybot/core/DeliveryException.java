package org.allybot.core;

import java.time.Duration;

/** Why a platform call failed, in the three ways the delivery engine treats differently. */
public sealed class DeliveryException extends Exception {
  private DeliveryException(String reason) {
    super(reason);
  }

  /** The platform said slow down; try again after {@code retryAfter}. */
  public static final class RateLimited extends DeliveryException {
    private final Duration retryAfter;

    public RateLimited(Duration retryAfter) {
      super("rate limited; retry after " + retryAfter.toMillis() + " ms");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }

  /** A failure that may pass: a 5xx, a timeout, a dropped connection. */
  public static final class Transient extends DeliveryException {
    public Transient(String reason) {
      super(reason);
    }
  }

  /**
   * A failure that retrying will not fix: the channel is gone, the member left, the bot is not in
   * the channel. The reason is shown to admins.
   */
  public static final class Permanent extends DeliveryException {
    public Permanent(String reason) {
      super(reason);
    }
  }
}
