package org.allybot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import redis.embedded.RedisServer;

/**
 * Starts a real Redis (the embedded 7.0 binary) for a test class on a free loopback port, with its
 * files in a private temporary folder, and stops it afterwards. Tests receive a {@link
 * RedisEndpoint} parameter.
 */
public final class EmbeddedRedisExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(EmbeddedRedisExtension.class);

  /**
   * The system property that runs the test classes on another Redis: {@code cluster} starts a
   * three-master {@link LocalRedisCluster} instead of one server (see {@code
   * .ci/redis-cluster.sh}).
   */
  public static final String TOPOLOGY = "allybot.test.redis";

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if ("cluster".equals(System.getProperty(TOPOLOGY))) {
      LocalRedisCluster cluster = LocalRedisCluster.start(3);
      context.getStore(NAMESPACE).put(LocalRedisCluster.class, cluster); // closed with the class
      publish(context, cluster.endpoint());
      return;
    }
    Path dir = Files.createTempDirectory("allybot-test-redis");
    int port = freePort();
    RedisServer server =
        RedisServer.builder()
            .port(port)
            .setting("bind 127.0.0.1")
            .setting("dir " + dir)
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    server.start();
    context.getStore(NAMESPACE).put(RedisServer.class, server);
    publish(context, new RedisEndpoint("127.0.0.1", port));
  }

  /**
   * Makes {@code endpoint} the one this test class's parameters and {@link PerTest} fixtures get.
   */
  static void publish(ExtensionContext context, RedisEndpoint endpoint) {
    context.getStore(NAMESPACE).put(RedisEndpoint.class, endpoint);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    RedisServer server = context.getStore(NAMESPACE).remove(RedisServer.class, RedisServer.class);
    if (server != null) {
      server.stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RedisEndpoint.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return endpoint(context);
  }

  /**
   * Where the Redis of the test class {@code context} belongs to listens, for other extensions that
   * build their fixtures on it.
   */
  public static RedisEndpoint endpoint(ExtensionContext context) {
    RedisEndpoint endpoint =
        context.getStore(NAMESPACE).get(RedisEndpoint.class, RedisEndpoint.class);
    if (endpoint == null) {
      throw new IllegalStateException(
          "no embedded Redis here: extend the test class with EmbeddedRedisExtension first");
    }
    return endpoint;
  }

  /** A port nobody listens on right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
