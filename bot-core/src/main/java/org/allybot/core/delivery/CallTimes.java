package org.allybot.core.delivery;

import java.util.EnumMap;
import java.util.Map;
import org.allybot.core.Platform;

/**
 * How long each platform's calls (a post, opening a conversation) have taken lately, as a moving
 * average on the limiter's ticker: a platform that answers slowly needs more posts in flight to
 * reach its limit, so {@link WorkspaceQueues} gives its workspaces more sending threads.
 */
final class CallTimes {
  /** Each call's weight in the average: about the last fifty calls count. */
  private static final double WEIGHT = 0.02;

  private final Map<Platform, Double> averageNanos = new EnumMap<>(Platform.class);

  synchronized void record(Platform platform, long nanos) {
    averageNanos.merge(platform, (double) nanos, (old, now) -> old + WEIGHT * (now - old));
  }

  /** The average call time in seconds; zero before the first call. */
  synchronized double seconds(Platform platform) {
    return averageNanos.getOrDefault(platform, 0.0) / 1e9;
  }
}
