package org.allybot.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.allybot.testkit.EmbeddedRedisExtension;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClusterClient;
import redis.embedded.RedisServer;

/**
 * A real Redis Cluster of three masters (no replicas) on the embedded Redis 7 binary, made the way
 * {@code redis-cli --cluster create} makes one: each node takes a third of the slots, then they
 * meet.
 */
final class ThreeMasterCluster implements AutoCloseable {
  private static final Duration FORMS_WITHIN = Duration.ofSeconds(30);

  private final List<RedisServer> servers = new ArrayList<>();
  private final List<Integer> ports = new ArrayList<>();

  ThreeMasterCluster(Path dir) throws Exception {
    try {
      for (int i = 0; i < 3; i++) {
        int port = EmbeddedRedisExtension.freePort();
        RedisServer server =
            RedisServer.builder()
                .port(port)
                .setting("bind 127.0.0.1")
                .setting("dir " + dir.toAbsolutePath())
                .setting("cluster-enabled yes")
                .setting("cluster-config-file nodes-" + port + ".conf")
                .setting("save \"\"")
                .setting("appendonly no")
                .build();
        server.start();
        servers.add(server);
        ports.add(port);
      }
      form();
    } catch (Exception | AssertionError e) {
      close();
      throw e;
    }
  }

  private void form() throws InterruptedException {
    int[][] ranges = {{0, 5460}, {5461, 10922}, {10923, 16383}};
    for (int i = 0; i < 3; i++) {
      try (Jedis node = new Jedis("127.0.0.1", ports.get(i))) {
        node.sendCommand(
            Protocol.Command.CLUSTER,
            "ADDSLOTSRANGE",
            Integer.toString(ranges[i][0]),
            Integer.toString(ranges[i][1]));
        if (i > 0) {
          node.clusterMeet("127.0.0.1", ports.get(0));
        }
      }
    }
    long deadline = System.nanoTime() + FORMS_WITHIN.toNanos();
    while (!formed()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("the cluster did not form within " + FORMS_WITHIN);
      }
      Thread.sleep(50);
    }
  }

  private boolean formed() {
    for (int port : ports) {
      try (Jedis node = new Jedis("127.0.0.1", port)) {
        String info = node.clusterInfo();
        if (!info.contains("cluster_state:ok") || !info.contains("cluster_known_nodes:3")) {
          return false;
        }
      }
    }
    return true;
  }

  /** A client of the whole cluster, as an instance would hold one. */
  RedisClusterClient client() {
    Set<HostAndPort> nodes =
        ports.stream().map(p -> new HostAndPort("127.0.0.1", p)).collect(Collectors.toSet());
    return RedisClusterClient.builder().nodes(nodes).build();
  }

  /** How many keys each node holds. */
  List<Long> keysPerNode() {
    List<Long> counts = new ArrayList<>();
    for (int port : ports) {
      try (Jedis node = new Jedis("127.0.0.1", port)) {
        counts.add(node.dbSize());
      }
    }
    return counts;
  }

  @Override
  public void close() {
    servers.forEach(RedisServer::stop);
  }
}
