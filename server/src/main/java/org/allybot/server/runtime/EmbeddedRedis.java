package org.allybot.server.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;

/**
 * The embedded Redis 7 used when {@code REDIS_URL} is unset: append-only files in the data folder.
 * One Redis serves a data folder: the first Allybot to start on it (say {@code allybot serve})
 * starts it and notes its port in {@code redis.port}; a later one on the same folder (say {@code
 * allybot shell --data}) uses that Redis rather than starting a second on the same files, so both
 * see the same campaigns, answers and sign-in links. The one that started it stops it, last: it
 * runs in a session of its own, so a Ctrl-C in the terminal does not reach it, and at JVM exit it
 * waits for the orderly stop before stopping itself.
 */
public final class EmbeddedRedis implements AutoCloseable {
  static final String PORT_FILE = "redis.port";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);
  private static final DefaultJedisClientConfig PROBE =
      DefaultJedisClientConfig.builder().timeoutMillis(2000).autoNegotiateProtocol(false).build();

  /** Longer than an orderly stop of {@code serve} takes (see {@code ServeCommand}). */
  static final Duration EXIT_WAIT = Duration.ofSeconds(40);

  private final RedisProcess server;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread lastStop =
      Thread.ofPlatform().name("embedded-redis-last").unstarted(this::stopLast);
  private final int port;
  private final Path portFile;
  private boolean stopped;

  private EmbeddedRedis(RedisProcess server, int port, Path portFile) {
    this.server = server;
    this.port = port;
    this.portFile = portFile;
  }

  /**
   * Uses the Redis another Allybot runs on {@code folder}, or starts one on a free loopback port
   * with its files there. A lock file keeps two starts at once from both starting one.
   */
  public static EmbeddedRedis start(Path folder) {
    try {
      Files.createDirectories(folder);
      try (FileChannel channel =
              FileChannel.open(
                  folder.resolve("redis.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        OptionalInt running = runningOn(folder);
        if (running.isPresent()) {
          LOG.warn(
              "Using the embedded Redis that another Allybot started on {} (port {}); it stops"
                  + " when that one stops.",
              folder.toAbsolutePath(),
              running.getAsInt());
          return new EmbeddedRedis(null, running.getAsInt(), null);
        }
        return startOwn(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data folder " + folder, e);
    }
  }

  private static EmbeddedRedis startOwn(Path folder) throws IOException {
    int port = freePort();
    Path conf = folder.resolve("embedded-redis.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "port " + port,
            "bind 127.0.0.1",
            "dir " + folder.toAbsolutePath(),
            "appendonly yes",
            "appendfsync everysec",
            "save \"\"",
            ""),
        StandardCharsets.US_ASCII);
    RedisProcess server = RedisProcess.start(conf, folder.resolve("redis.log"), port);
    Path portFile = folder.resolve(PORT_FILE);
    Files.writeString(portFile, port + "\n", StandardCharsets.US_ASCII);
    LOG.warn(
        "Using the embedded Redis with its files in {}: fine for trying Allybot, not for production."
            + " Set REDIS_URL to a managed Redis.",
        folder.toAbsolutePath());
    EmbeddedRedis redis = new EmbeddedRedis(server, port, portFile);
    Runtime.getRuntime().addShutdownHook(redis.lastStop);
    return redis;
  }

  /**
   * At JVM exit, waits for the orderly stop (which closes this last, after the delivery workers)
   * and stops the Redis only if that never came, so it is never the first thing to go.
   */
  private void stopLast() {
    try {
      closed.await(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  /**
   * The port noted in the folder, if a Redis answers there and keeps its files in this very folder
   * (so a stale note whose port another program took is ignored).
   */
  static OptionalInt runningOn(Path folder) {
    Path file = folder.resolve(PORT_FILE);
    if (!Files.isRegularFile(file)) {
      return OptionalInt.empty();
    }
    try {
      int port = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
      try (Jedis redis = new Jedis("127.0.0.1", port, PROBE)) {
        String dir = redis.configGet("dir").get("dir");
        return dir != null && Path.of(dir).toRealPath().equals(folder.toRealPath())
            ? OptionalInt.of(port)
            : OptionalInt.empty();
      }
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Whether this instance started the Redis (and so stops it), rather than using another's. */
  public boolean owned() {
    return server != null;
  }

  @Override
  public synchronized void close() {
    if (stopped || server == null) {
      return;
    }
    stopped = true;
    try {
      Files.deleteIfExists(portFile);
    } catch (IOException e) {
      LOG.warn("Could not remove {}", portFile, e);
    }
    try {
      server.stop();
    } catch (RuntimeException e) {
      LOG.warn("The embedded Redis did not stop cleanly", e);
    } finally {
      closed.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(lastStop);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook is this very stop, or has nothing left to do
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
