package org.allybot.testkit.fuzz;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a fuzz run's requests were answered with: a histogram of HTTP statuses (0 for no answer at
 * all), with the 5xx and stack-trace counts that a run must keep at zero.
 */
public final class FuzzTally {
  private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

  /** Counts one answer; 0 stands for a request that got none (refused connection, timeout). */
  public void add(int status) {
    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
  }

  public long total() {
    return statuses.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Answers of 500 and above, and requests that got no answer. */
  public long serverFaults() {
    return statuses.entrySet().stream()
        .filter(e -> e.getKey() >= 500 || e.getKey() == 0)
        .mapToLong(e -> e.getValue().sum())
        .sum();
  }

  /** Prints the histogram and the two counts; true when both are zero. */
  public boolean print(PrintStream out, String endpoint, long stackTraces) {
    out.printf("%s: %d requests%n", endpoint, total());
    Map<Integer, Long> sorted = new TreeMap<>();
    statuses.forEach((status, n) -> sorted.put(status, n.sum()));
    sorted.forEach((status, n) ->
        out.printf("  %s  %6d%n", status == 0 ? "none" : Integer.toString(status), n));
    out.printf("  5xx (or no answer): %d%n", serverFaults());
    out.printf("  stack traces in the log: %d%n", stackTraces);
    boolean pass = serverFaults() == 0 && stackTraces == 0;
    out.println(pass ? "PASS" : "FAIL");
    return pass;
  }
}
