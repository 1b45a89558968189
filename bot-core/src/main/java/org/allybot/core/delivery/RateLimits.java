package org.allybot.core.delivery;

import java.time.Duration;
import java.util.Objects;
import org.allybot.core.Platform;

/**
 * How fast the delivery engine may call one platform, in permits per second ({@link #UNLIMITED} for
 * no limit). {@code opensArePosts}: opening a direct conversation also counts among the workspace's
 * posts (Teams counts creating a conversation among the tenant's writes). {@code burst} is how much
 * unused rate may be saved up, at least one permit. The {@link #defaults} are the published limits.
 */
public record RateLimits(
    double postsPerSecond,
    double postsPerSecondPerConversation,
    double opensPerSecond,
    boolean opensArePosts,
    Duration burst) {
  public static final double UNLIMITED = Double.POSITIVE_INFINITY;

  /**
   * A tenth of a second's worth; the {@link RateLimiter} saves up at most a fiftieth of a second's
   * (its headroom), so this caps only what a caller configures below that.
   */
  public static final Duration DEFAULT_BURST = Duration.ofMillis(100);

  public RateLimits {
    requirePositive(postsPerSecond, "postsPerSecond");
    requirePositive(postsPerSecondPerConversation, "postsPerSecondPerConversation");
    requirePositive(opensPerSecond, "opensPerSecond");
    Objects.requireNonNull(burst, "burst");
    if (burst.isNegative()) {
      throw new IllegalArgumentException("burst must not be negative");
    }
  }

  /**
   * Slack: {@code chat.postMessage} 8/s per workspace and 1/s per channel, {@code
   * conversations.open} 50/min. Teams: 50/s per tenant (creating conversations too), 7/s per
   * conversation. The shell: no limit.
   */
  public static RateLimits defaults(Platform platform) {
    return switch (platform) {
      case SLACK -> slack(8, 1, 50.0 / 60);
      case TEAMS -> teams(50, 7);
      case SHELL -> unlimited();
    };
  }

  /**
   * Slack's: {@code chat.postMessage} per workspace and per channel, {@code conversations.open}.
   */
  public static RateLimits slack(double posts, double perChannel, double opens) {
    return new RateLimits(posts, perChannel, opens, false, DEFAULT_BURST);
  }

  /** Teams': sends per tenant, creating conversations among them, and per conversation. */
  public static RateLimits teams(double sends, double perConversation) {
    return new RateLimits(sends, perConversation, sends, true, DEFAULT_BURST);
  }

  public static RateLimits unlimited() {
    return uniform(UNLIMITED);
  }

  /** The same posting rate everywhere, for benchmarks and tests. */
  public static RateLimits uniform(double perSecond) {
    return new RateLimits(perSecond, perSecond, perSecond, false, DEFAULT_BURST);
  }

  /** How many permits a bucket of {@code rate} may hold. */
  double capacity(double rate) {
    return Math.max(1, rate * burst.toNanos() / 1e9);
  }

  private static void requirePositive(double rate, String name) {
    if (Double.isNaN(rate) || rate <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
