package org.allybot.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.store.Keys;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamPendingEntry;

/**
 * What a killed instance held in the delivery stream (its consumers' pending entries) and how long
 * the live instances took to settle all of it: the reclaim time of fault 1, told apart from the
 * rest of the fan-out, which the live instance sends at the floor anyway.
 */
final class DeadConsumer {
  private static final String STREAM = Keys.global("deliveries");
  private static final String GROUP = "senders";
  private static final Pattern STARTED = Pattern.compile("delivery worker (\\S+) started");

  private final DrillRig rig;
  private final String instance;
  private final Set<String> held = new HashSet<>();

  /** The instance of the server whose log is {@code log}; read before it is killed. */
  DeadConsumer(DrillRig rig, Path log) throws IOException {
    this.rig = rig;
    Matcher m = STARTED.matcher(Files.readString(log));
    if (!m.find()) {
      throw new IllegalStateException("no delivery worker named in " + log);
    }
    this.instance = m.group(1);
  }

  /** How many entries the instance holds now. */
  long holding() {
    try (Jedis redis = rig.redis.client()) {
      var counts = redis.xpending(STREAM, GROUP).getConsumerMessageCount();
      if (counts == null) {
        return 0; // nothing pending at all
      }
      return counts.entrySet().stream()
          .filter(e -> e.getKey().startsWith(instance + "-"))
          .mapToLong(java.util.Map.Entry::getValue)
          .sum();
    }
  }

  /**
   * Waits (at most {@code atMost}) until the instance holds entries, so that the kill finds it with
   * work in hand.
   */
  void awaitHolding(Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (holding() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Notes what the instance holds now (call right after the kill); returns how many. */
  int noteHeld() {
    try (Jedis redis = rig.redis.client()) {
      var counts = redis.xpending(STREAM, GROUP).getConsumerMessageCount();
      for (var consumer : counts == null ? java.util.Set.<String>of() : counts.keySet()) {
        if (consumer.startsWith(instance + "-")) {
          for (StreamPendingEntry e :
              redis.xpending(
                  STREAM,
                  GROUP,
                  XPendingParams.xPendingParams("-", "+", 50_000).consumer(consumer))) {
            held.add(e.getID().toString());
          }
        }
      }
    }
    return held.size();
  }

  /**
   * Waits until none of the entries held at the kill is pending any more (each was sent, found
   * posted, or dropped as already sent); the seconds after {@code from}, or -1 after {@code
   * atMost}.
   */
  double awaitSettled(long from, Duration atMost) throws InterruptedException {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < deadline) {
      Set<String> pending = new HashSet<>();
      try (Jedis redis = rig.redis.client()) {
        for (StreamPendingEntry e :
            redis.xpending(STREAM, GROUP, XPendingParams.xPendingParams("-", "+", 50_000))) {
          pending.add(e.getID().toString());
        }
      }
      pending.retainAll(held);
      if (pending.isEmpty()) {
        return (System.nanoTime() - from) / 1e9;
      }
      Thread.sleep(250);
    }
    return -1;
  }
}
