package org.allybot.testkit.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fake Slack does wrong on a test's request: the next calls of a method failed, an outage
 * window, calls held unanswered until released. {@link FakeSlackApi} asks it before answering.
 */
final class FakeFaults {
  private final Map<String, Deque<SlackFailure>> failures = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> held = new ConcurrentHashMap<>();
  private volatile FakeOutage outage;

  void failNext(String method, int count, SlackFailure failure) {
    Deque<SlackFailure> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
    synchronized (queue) {
      for (int i = 0; i < count; i++) {
        queue.add(failure);
      }
    }
  }

  void outage(Set<String> methods, List<SlackFailure> mix, Duration length) {
    outage = new FakeOutage(methods, mix, length);
  }

  void hold(String method) {
    holds.putIfAbsent(method, new CountDownLatch(1));
  }

  void release(String method) {
    CountDownLatch hold = holds.remove(method);
    if (hold != null) {
      hold.countDown();
    }
  }

  int held(String method) {
    AtomicInteger waiting = held.get(method);
    return waiting == null ? 0 : waiting.get();
  }

  /** Blocks a call of a held method until it is released. */
  void waitIfHeld(String method) {
    CountDownLatch hold = holds.get(method);
    if (hold == null) {
      return;
    }
    AtomicInteger waiting = held.computeIfAbsent(method, m -> new AtomicInteger());
    waiting.incrementAndGet();
    try {
      hold.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** The failed answer for a call of {@code method} now, or null when the call goes through. */
  FakeSlackMethods.Answer failure(String method) {
    FakeOutage now = outage;
    SlackFailure f = now == null ? null : now.failure(method);
    Deque<SlackFailure> queue = failures.get(method);
    if (f == null && queue != null) {
      synchronized (queue) {
        f = queue.poll();
      }
    }
    if (f == null) {
      return null;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", false);
    body.put("error", f.error().isEmpty() ? "internal_error" : f.error());
    return new FakeSlackMethods.Answer(f.status(), body, f.retryAfterSeconds());
  }
}
