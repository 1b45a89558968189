package org.allybot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.allybot.core.delivery.Ticker;

/**
 * A clock that only moves when told to, as both a wall clock and a {@link Ticker}: sleeping on it
 * moves it forward at once, so rate-limit tests run instantly and exactly.
 */
public final class ManualClock extends Clock implements Ticker {
  private final Instant start;
  private final AtomicLong elapsedNanos = new AtomicLong();

  public ManualClock(Instant start) {
    this.start = start;
  }

  public ManualClock() {
    this(Instant.parse("2025-03-03T09:00:00Z"));
  }

  public void advance(Duration duration) {
    elapsedNanos.addAndGet(duration.toNanos());
  }

  /** Jumps to {@code instant}, forwards or back. */
  public void set(Instant instant) {
    elapsedNanos.set(Duration.between(start, instant).toNanos());
  }

  /** How far the clock has moved since it was made. */
  public Duration elapsed() {
    return Duration.ofNanos(elapsedNanos.get());
  }

  @Override
  public long nanoTime() {
    return elapsedNanos.get();
  }

  @Override
  public void sleepNanos(long nanos) {
    elapsedNanos.addAndGet(Math.max(0, nanos));
  }

  @Override
  public Instant instant() {
    return start.plusNanos(elapsedNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
