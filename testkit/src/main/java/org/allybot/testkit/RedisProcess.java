package org.allybot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.embedded.RedisExecProvider;

/**
 * One real redis-server process, from the binary the embedded Redis ships (7.0.15), with its config
 * and files in its own folder on loopback. A test can stop it gracefully or kill it as a crash
 * would. The Cluster and Sentinel fixtures are made of these.
 */
public final class RedisProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path dir;

  private RedisProcess(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  /** Starts a Redis server on {@code port} with these config lines, and waits until it answers. */
  public static RedisProcess server(Path dir, int port, List<String> settings) {
    return start(dir, port, settings, false);
  }

  /** Starts a Sentinel on {@code port} with these config lines, and waits until it answers. */
  public static RedisProcess sentinel(Path dir, int port, List<String> settings) {
    return start(dir, port, settings, true);
  }

  private static RedisProcess start(Path dir, int port, List<String> settings, boolean sentinel) {
    try {
      Files.createDirectories(dir);
      List<String> config = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1"));
      config.add("dir " + dir);
      config.addAll(settings);
      Path file = Files.write(dir.resolve(sentinel ? "sentinel.conf" : "redis.conf"), config);
      List<String> command = new ArrayList<>(List.of(binary().toString(), file.toString()));
      if (sentinel) {
        command.add("--sentinel");
      }
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("redis.log").toFile())
              .start();
      RedisProcess redis = new RedisProcess(process, port, dir);
      // A test JVM stopped early (Ctrl-C, a Maven timeout) takes its Redis processes with it.
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
      redis.awaitAnswering();
      return redis;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The redis-server binary that embedded-redis unpacks for this machine. */
  public static Path binary() throws IOException {
    return RedisExecProvider.defaultProvider().get().toPath();
  }

  private void awaitAnswering() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && process.isAlive()) {
      try (Jedis jedis = client()) {
        if ("PONG".equals(jedis.ping())) {
          return;
        }
      } catch (JedisException e) {
        pause(50);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("redis-server on port " + port + " did not start; see " + dir);
  }

  public int port() {
    return port;
  }

  public HostAndPort address() {
    return new HostAndPort("127.0.0.1", port);
  }

  /** A plain connection to this one process (close it after use). */
  public Jedis client() {
    return new Jedis("127.0.0.1", port, 5_000);
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** Ends the process with SIGKILL, as a crash would: no last write to disk. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** Ends the process with SIGTERM, as an orderly stop would. */
  @Override
  public void close() {
    process.destroy();
    if (!waitForExit()) {
      kill();
    }
  }

  private boolean waitForExit() {
    try {
      return process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
