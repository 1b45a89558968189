package org.allybot.server.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The embedded Redis 7 used when {@code REDIS_URL} is unset: append-only files in the data folder.
 */
public final class EmbeddedRedis implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

  private final RedisServer server;
  private final int port;
  private boolean stopped;

  private EmbeddedRedis(RedisServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts Redis on a free loopback port, keeping its files in {@code folder}. */
  public static EmbeddedRedis start(Path folder) {
    try {
      Files.createDirectories(folder);
      int port = freePort();
      RedisServer server =
          RedisServer.builder()
              .port(port)
              .setting("bind 127.0.0.1")
              .setting("dir " + folder.toAbsolutePath())
              .setting("appendonly yes")
              .setting("appendfsync everysec")
              .setting("save \"\"")
              .build();
      server.start();
      LOG.warn(
          "Using the embedded Redis with its files in {}: fine for trying Allybot, not for production."
              + " Set REDIS_URL to a managed Redis.",
          folder.toAbsolutePath());
      return new EmbeddedRedis(server, port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the data folder " + folder, e);
    }
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  @Override
  public synchronized void close() {
    if (!stopped) {
      stopped = true;
      try {
        server.stop();
      } catch (RuntimeException e) {
        LOG.warn("The embedded Redis did not stop cleanly", e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
