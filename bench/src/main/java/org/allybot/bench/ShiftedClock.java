package org.allybot.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that runs with the real one, shifted by an offset the benchmark moves, so that weeks of a
 * campaign pass in seconds while Redis and Quartz keep real time.
 */
final class ShiftedClock extends Clock {
  private final AtomicLong offsetMillis = new AtomicLong();

  /** From now on the clock reads {@code instant}, and runs on from there. */
  void shiftTo(Instant instant) {
    offsetMillis.set(Duration.between(Instant.now(), instant).toMillis());
  }

  @Override
  public Instant instant() {
    return Instant.now().plusMillis(offsetMillis.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    ShiftedClock shifted = this;
    return new Clock() {
      @Override
      public Instant instant() {
        return shifted.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return shifted.withZone(other);
      }
    };
  }
}
