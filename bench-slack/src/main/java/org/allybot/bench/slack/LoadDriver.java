package org.allybot.bench.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.allybot.testkit.slack.SlackSigner;

/**
 * Keeps a fixed number of connections busy: each worker thread sends the next signed request as
 * soon as the previous one is answered, for a fixed time, and records each latency.
 */
final class LoadDriver {
  private final int connections;
  private final SlackSigner signer = SlackSigner.withTestSecret();

  LoadDriver(int connections) {
    this.connections = connections;
  }

  /** Sends bodies made by {@code body} (0, 1, 2, ...) to {@code uri} for {@code duration}. */
  Latencies run(String name, URI uri, IntFunction<String> body, Duration duration)
      throws InterruptedException {
    return run(name, uri, body, duration, Integer.MAX_VALUE);
  }

  /** As above, stopping after {@code limit} requests at most. */
  Latencies run(String name, URI uri, IntFunction<String> body, Duration duration, int limit)
      throws InterruptedException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Runnable::run)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    List<long[]> perThread = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    double cpuBefore = Latencies.cpuNow();
    double redisBefore = Latencies.childrenCpuNow();
    for (int t = 0; t < connections; t++) {
      long[] lat = new long[2_000_000];
      int[] count = {0};
      perThread.add(lat);
      counts.add(count);
      threads.add(
          Thread.ofPlatform()
              .name("load-" + t)
              .start(() -> {
                while (System.nanoTime() < end && count[0] < lat.length) {
                  int i = next.getAndIncrement();
                  if (i >= limit) {
                    break;
                  }
                  String b = body.apply(i);
                  var request = signer.post(uri, b, Instant.now().getEpochSecond()).build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<Void> r =
                        client.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception e) {
                    errors.incrementAndGet();
                  }
                  lat[count[0]++] = System.nanoTime() - t0;
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpu = Latencies.cpuNow() - cpuBefore;
    double redis = Latencies.childrenCpuNow() - redisBefore;
    int total = counts.stream().mapToInt(c -> c[0]).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < connections; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts.get(t)[0]);
      at += counts.get(t)[0];
    }
    return new Latencies(name, all, seconds, errors.get(), cpu, redis);
  }
}
