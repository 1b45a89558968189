package org.allybot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;

/**
 * A real Redis Cluster of a few masters (no replicas) on loopback, formed with CLUSTER
 * ADDSLOTSRANGE and CLUSTER MEET as redis-cli would, so no tool but the embedded binary is needed.
 */
public final class LocalRedisCluster implements AutoCloseable {
  private static final int SLOTS = 16384;
  private final List<RedisProcess> nodes;

  private LocalRedisCluster(List<RedisProcess> nodes) {
    this.nodes = nodes;
  }

  /**
   * Starts {@code masters} nodes, shares the slots between them and waits until the cluster is ok.
   */
  public static LocalRedisCluster start(int masters) {
    List<RedisProcess> nodes = new ArrayList<>();
    try {
      Path dir = Files.createTempDirectory("allybot-test-cluster");
      for (int i = 0; i < masters; i++) {
        int port = clusterPort();
        nodes.add(
            RedisProcess.server(
                dir.resolve("node-" + port),
                port,
                List.of(
                    "cluster-enabled yes",
                    "cluster-config-file nodes.conf",
                    "cluster-node-timeout 2000",
                    "save \"\"",
                    "appendonly no")));
      }
      LocalRedisCluster cluster = new LocalRedisCluster(List.copyOf(nodes));
      cluster.form();
      return cluster;
    } catch (IOException e) {
      nodes.forEach(RedisProcess::close);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      nodes.forEach(RedisProcess::close);
      throw e;
    }
  }

  private void form() {
    int per = SLOTS / nodes.size();
    for (int i = 0; i < nodes.size(); i++) {
      int first = i * per;
      int last = i == nodes.size() - 1 ? SLOTS - 1 : first + per - 1;
      try (Jedis node = nodes.get(i).client()) {
        node.sendCommand(
            Protocol.Command.CLUSTER,
            "ADDSLOTSRANGE",
            Integer.toString(first),
            Integer.toString(last));
      }
    }
    try (Jedis first = nodes.getFirst().client()) {
      for (RedisProcess other : nodes.subList(1, nodes.size())) {
        first.clusterMeet("127.0.0.1", other.port());
      }
    }
    awaitOk();
  }

  private void awaitOk() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (nodes.stream().allMatch(this::seesWholeCluster)) {
        return;
      }
      RedisProcess.pause(100);
    }
    throw new IllegalStateException("the cluster did not reach cluster_state:ok within 30 s");
  }

  private boolean seesWholeCluster(RedisProcess node) {
    try (Jedis jedis = node.client()) {
      String info = jedis.clusterInfo();
      return info.contains("cluster_state:ok")
          && info.contains("cluster_known_nodes:" + nodes.size());
    }
  }

  /** Where a client finds the cluster: every node, as {@code redis-cluster://}. */
  public RedisEndpoint endpoint() {
    String hosts =
        nodes.stream().map(n -> "127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    return new RedisEndpoint("127.0.0.1", nodes.getFirst().port(), "redis-cluster://" + hosts);
  }

  public List<RedisProcess> nodes() {
    return nodes;
  }

  @Override
  public void close() {
    nodes.forEach(RedisProcess::close);
  }

  /** A free port whose cluster bus port (ten thousand above) is free too. */
  private static int clusterPort() {
    for (int tries = 0; tries < 200; tries++) {
      int port = EmbeddedRedisExtension.freePort();
      if (port + 10_000 <= 65_535 && free(port + 10_000)) {
        return port;
      }
    }
    throw new IllegalStateException("found no free port pair for a cluster node");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
