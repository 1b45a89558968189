package org.allybot.server.runtime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisExecProvider;

/**
 * The embedded {@code redis-server} binary run as a child process of our own, rather than through
 * the library's {@code RedisServer}: that one stops Redis from a JVM shutdown hook of its own,
 * which runs at the same time as the server's orderly stop and so cut the delivery workers off from
 * their queue. Started through {@code setsid} where there is one, so that a Ctrl-C sent to the
 * terminal's process group reaches only the JVM, which then stops Redis last.
 */
final class RedisProcess {
  private static final long READY_WITHIN_MS = 15_000;
  private static final long STOP_WITHIN_MS = 10_000;
  private static final File SETSID = new File("/usr/bin/setsid");

  private final Process process;

  private RedisProcess(Process process) {
    this.process = process;
  }

  /** Starts Redis on {@code conf}, its output appended to {@code log}; returns once it answers. */
  static RedisProcess start(Path conf, Path log, int port) throws IOException {
    List<String> command = new ArrayList<>();
    if (SETSID.canExecute()) {
      command.add(SETSID.getPath());
    }
    command.add(RedisExecProvider.defaultProvider().get().getAbsolutePath());
    command.add(conf.toAbsolutePath().toString());
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    RedisProcess redis = new RedisProcess(process);
    redis.awaitReady(port, log);
    return redis;
  }

  private void awaitReady(int port, Path log) throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_WITHIN_MS);
    DefaultJedisClientConfig probe =
        DefaultJedisClientConfig.builder().timeoutMillis(500).autoNegotiateProtocol(false).build();
    while (process.isAlive() && System.nanoTime() - deadline < 0) {
      try (Jedis jedis = new Jedis("127.0.0.1", port, probe)) {
        if ("PONG".equals(jedis.ping())) {
          return;
        }
      } catch (RuntimeException e) {
        // not listening yet
      }
      sleep(20);
    }
    stop();
    throw new IllegalStateException(
        "The embedded Redis did not start; its log is "
            + log.toAbsolutePath()
            + (Files.isRegularFile(log) ? ": " + lastLine(log) : ""));
  }

  /** SIGTERM, which Redis answers by writing its append-only file out and exiting. */
  void stop() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_WITHIN_MS, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_WITHIN_MS, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  long pid() {
    return process.pid();
  }

  private static String lastLine(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return lines.isEmpty() ? "(empty)" : lines.getLast();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the embedded Redis", e);
    }
  }
}
