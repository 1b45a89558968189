package org.allybot.testkit.slack;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A window of time in which the fake Slack fails some methods in turn with each of a mix of
 * failures, as a platform incident would: 429s with Retry-After, 5xx, and timeouts (a call held
 * past the client's read timeout, then answered 504, so nothing was posted).
 */
final class FakeOutage {
  /** How long a timed-out call is held: past the adapter's 10 s read timeout. */
  static final Duration STALL = Duration.ofSeconds(12);

  private final Set<String> methods;
  private final List<SlackFailure> mix;
  private final long endsAt;
  private final AtomicLong next = new AtomicLong();

  FakeOutage(Set<String> methods, List<SlackFailure> mix, Duration length) {
    this.methods = Set.copyOf(methods);
    this.mix = List.copyOf(mix);
    this.endsAt = System.nanoTime() + length.toNanos();
  }

  /** The failure for a call of {@code method} now, or null when the call goes through. */
  SlackFailure failure(String method) {
    if (!methods.contains(method) || System.nanoTime() >= endsAt) {
      return null;
    }
    SlackFailure f = mix.get((int) (next.getAndIncrement() % mix.size()));
    if (f.status() == 504) {
      try {
        Thread.sleep(STALL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return f;
  }
}
