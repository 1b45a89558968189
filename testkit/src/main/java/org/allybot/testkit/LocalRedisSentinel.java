package org.allybot.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;

/**
 * A real Sentinel set-up on loopback: a master, one replica and one Sentinel watching them under
 * the name {@link #MASTER}. {@link #failover()} asks the Sentinel to promote the replica, as an
 * operator or a lost master would.
 */
public final class LocalRedisSentinel implements AutoCloseable {
  public static final String MASTER = "allybot";

  /**
   * The master settings Allybot recommends with Sentinel: a write that no replica can take is
   * refused, so a write the old master acknowledges after the replica's promotion cannot be lost.
   */
  public static final List<String> SAFE_MASTER =
      List.of("min-replicas-to-write 1", "min-replicas-max-lag 10");

  private final List<RedisProcess> servers;
  private final RedisProcess sentinel;

  private LocalRedisSentinel(List<RedisProcess> servers, RedisProcess sentinel) {
    this.servers = servers;
    this.sentinel = sentinel;
  }

  /** Starts the master (with {@code masterSettings}), its replica and the Sentinel. */
  public static LocalRedisSentinel start(List<String> masterSettings) {
    List<RedisProcess> started = new ArrayList<>();
    try {
      Path dir = Files.createTempDirectory("allybot-test-sentinel");
      int masterPort = EmbeddedRedisExtension.freePort();
      List<String> plain = List.of("save \"\"", "appendonly no");
      List<String> master = new ArrayList<>(plain);
      master.addAll(masterSettings);
      started.add(RedisProcess.server(dir.resolve("master"), masterPort, master));
      List<String> replica = new ArrayList<>(master);
      replica.add("replicaof 127.0.0.1 " + masterPort);
      started.add(
          RedisProcess.server(dir.resolve("replica"), EmbeddedRedisExtension.freePort(), replica));
      RedisProcess sentinel =
          RedisProcess.sentinel(
              dir.resolve("sentinel"),
              EmbeddedRedisExtension.freePort(),
              List.of(
                  "sentinel monitor " + MASTER + " 127.0.0.1 " + masterPort + " 1",
                  "sentinel down-after-milliseconds " + MASTER + " 2000",
                  "sentinel failover-timeout " + MASTER + " 10000"));
      started.add(sentinel);
      LocalRedisSentinel set = new LocalRedisSentinel(List.copyOf(started.subList(0, 2)), sentinel);
      set.awaitReplicaKnown();
      return set;
    } catch (IOException e) {
      started.forEach(RedisProcess::close);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      started.forEach(RedisProcess::close);
      throw e;
    }
  }

  /** Where a client finds the master: through the Sentinel, as {@code redis-sentinel://}. */
  public RedisEndpoint endpoint() {
    return new RedisEndpoint(
        "127.0.0.1",
        sentinel.port(),
        "redis-sentinel://127.0.0.1:" + sentinel.port() + "/" + MASTER);
  }

  /** The port of the server the Sentinel calls master now. */
  public int masterPort() {
    try (Jedis jedis = sentinel.client()) {
      return Integer.parseInt(jedis.sentinelGetMasterAddrByName(MASTER).get(1));
    }
  }

  /**
   * Asks the Sentinel to promote the replica, waits until it names the new master and the old
   * master has become its replica, in sync, and returns the new master's port. The Sentinel turns
   * the old master into a replica only when it next reads its INFO (every 10 s), so this takes
   * about that long.
   */
  public int failover() {
    int before = masterPort();
    try (Jedis jedis = sentinel.client()) {
      jedis.sentinelFailover(MASTER);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      int now = masterPort();
      if (now != before && hasOnlineReplica(now)) {
        return now;
      }
      RedisProcess.pause(100);
    }
    throw new IllegalStateException("the Sentinel did not complete the failover within 60 s");
  }

  private boolean hasOnlineReplica(int masterPort) {
    for (RedisProcess server : servers) {
      if (server.port() == masterPort) {
        try (Jedis jedis = server.client()) {
          String info = jedis.info("replication");
          return info.contains("role:master") && info.contains("state=online");
        }
      }
    }
    return false;
  }

  private void awaitReplicaKnown() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (replicaLinkUp()) {
        return;
      }
      RedisProcess.pause(100);
    }
    throw new IllegalStateException("the Sentinel did not see a synced replica within 30 s");
  }

  private boolean replicaLinkUp() {
    try (Jedis jedis = sentinel.client()) {
      List<Map<String, String>> replicas = jedis.sentinelReplicas(MASTER);
      return replicas.size() == 1
          && "slave".equals(replicas.getFirst().get("flags"))
          && "ok".equals(replicas.getFirst().get("master-link-status"));
    }
  }

  public List<RedisProcess> servers() {
    return servers;
  }

  @Override
  public void close() {
    sentinel.close();
    servers.forEach(RedisProcess::close);
  }
}
