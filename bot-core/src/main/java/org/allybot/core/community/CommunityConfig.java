package org.allybot.core.community;

import java.time.Duration;

/**
 * The community's limits: asks and advice posts per member per day, and how long a question may
 * wait for advice before the week's facilitator is nudged.
 */
public record CommunityConfig(int asksPerDay, int advicePerDay, Duration nudgeAfter) {
  public CommunityConfig {
    if (asksPerDay < 1 || advicePerDay < 1 || nudgeAfter.isNegative() || nudgeAfter.isZero()) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static CommunityConfig defaults() {
    return new CommunityConfig(5, 20, Duration.ofHours(24));
  }
}
