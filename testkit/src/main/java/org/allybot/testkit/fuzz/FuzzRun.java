package org.allybot.testkit.fuzz;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.allybot.testkit.CapturedLog;
import org.slf4j.LoggerFactory;

/**
 * A standing fuzz run against a running server: makes {@code count} cases from one seed, sends them
 * from a few threads, and prints the status histogram, the 5xx count, the stack traces the server
 * logged and its most common WARN lines (request ids folded, so equal reasons count together). The
 * console appender is detached for the run, so the report is not lost among refusal lines.
 */
public final class FuzzRun {
  private final String endpoint;
  private final int count;
  private final int threads;
  private final long seed;

  public FuzzRun(String endpoint, int count, int threads, long seed) {
    this.endpoint = endpoint;
    this.count = count;
    this.threads = threads;
    this.seed = seed;
  }

  /** Cases for a started server: made once it runs (they may need its fakes' addresses). */
  public interface Cases<S> {
    FuzzCase next(S server, SplittableRandom random);
  }

  /** Sends one case to the server: its HTTP status, or 0 for no answer. */
  public interface Sender<S> {
    int send(S server, FuzzCase c);
  }

  /**
   * Starts the server with the log captured, sends every case, closes the server, and prints the
   * report; true when nothing got a 5xx nor logged a stack trace.
   */
  public <S extends AutoCloseable> boolean run(Callable<S> start, Cases<S> cases, Sender<S> sender)
      throws Exception {
    PrintStream out = System.out;
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var console = root.getAppender("STDERR");
    try (CapturedLog log = CapturedLog.start();
        S server = start.call()) {
      if (console != null) {
        root.detachAppender(console);
      }
      try {
        return send(server, cases, sender, log, out);
      } finally {
        if (console != null) {
          root.addAppender(console);
        }
      }
    }
  }

  private <S> boolean send(
      S server, Cases<S> cases, Sender<S> sender, CapturedLog log, PrintStream out)
      throws InterruptedException {
    SplittableRandom random = new SplittableRandom(seed);
    List<FuzzCase> all = Stream.generate(() -> cases.next(server, random)).limit(count).toList();
    FuzzTally tally = new FuzzTally();
    AtomicInteger next = new AtomicInteger();
    long started = System.nanoTime();
    Thread[] senders = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      senders[t] =
          Thread.ofPlatform()
              .name("fuzz-" + t)
              .start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  tally.add(sender.send(server, all.get(i)));
                }
              });
    }
    for (Thread t : senders) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Thread.sleep(2_000); // replies after the ack log on their own threads
    out.printf(
        "Fuzz run: %d mutated authentic requests, seed %d, %d threads, %.1f s%n",
        count, seed, threads, seconds);
    boolean pass = tally.print(out, endpoint, log.stackTraces());
    printWarnings(out, log);
    return pass;
  }

  private static void printWarnings(PrintStream out, CapturedLog log) {
    Map<String, Integer> reasons = new TreeMap<>();
    log.lines(Level.WARN)
        .forEach(l -> reasons.merge(l.replaceAll("\\b(sr|tr)-[0-9a-f]+", "$1-…"), 1, Integer::sum));
    out.println("  most common WARN and ERROR lines:");
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
  }
}
