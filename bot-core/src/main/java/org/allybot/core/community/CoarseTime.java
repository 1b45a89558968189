package org.allybot.core.community;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Community times are kept to the hour, rounded up, so that a post's time cannot be matched to the
 * exact moment of anything else a member did. Rounding up keeps "waited 24 hours" true.
 */
final class CoarseTime {
  private CoarseTime() {}

  static Instant of(Instant exact) {
    Instant hour = exact.truncatedTo(ChronoUnit.HOURS);
    return hour.equals(exact) ? hour : hour.plus(1, ChronoUnit.HOURS);
  }
}
