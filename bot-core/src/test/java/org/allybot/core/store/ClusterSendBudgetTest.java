package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.allybot.core.ManualClock;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryObserver;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.core.delivery.Ticker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClusterClient;

/**
 * The shared send budget and the delivery queue on a real three-master Redis Cluster: each script
 * call's keys share one slot (no CROSSSLOT), workspaces spread over the masters, and two instances
 * still keep each limit together.
 */
final class ClusterSendBudgetTest {
  private static ThreeMasterCluster cluster;

  @TempDir static Path dir;

  private final ManualClock clock = new ManualClock(Clock.systemUTC().instant());

  @BeforeAll
  static void form() throws Exception {
    cluster = new ThreeMasterCluster(dir);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private RateLimiter instance(RedisClusterClient client, Ticker time) {
    return new RateLimiter(
        Map.of(), clock, time, new RedisSendBudget(client, clock), DeliveryObserver.NONE);
  }

  @Test
  void twoInstancesOnAClusterKeepEachWorkspacesLimitAcrossTheMasters() throws Exception {
    try (RedisClusterClient first = cluster.client();
        RedisClusterClient second = cluster.client()) {
      RateLimiter a = instance(first, clock);
      RateLimiter b = instance(second, clock);
      List<WorkspaceId> workspaces =
          List.of("TA", "TB", "TC", "TD", "TE", "TF").stream()
              .map(id -> new WorkspaceId(Platform.SLACK, "cluster-" + id))
              .toList();

      for (int round = 0; round < 17; round++) {
        for (WorkspaceId ws : workspaces) {
          (round % 2 == 0 ? a : b).acquireSend(new Recipient(ws, "C" + round));
        }
      }
      a.pause(workspaces.getFirst(), Duration.ofSeconds(5));
      Duration beforePause = clock.elapsed();
      b.acquireSend(new Recipient(workspaces.getFirst(), "C-after"));

      // 17 posts per workspace at 8/s, paced at 7.68: 2.08 s, the workspaces side by side on their
      // own buckets.
      assertThat(beforePause).isBetween(Duration.ofMillis(2_083), Duration.ofMillis(2_084));
      assertThat(clock.elapsed().minus(beforePause)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
      assertThat(cluster.keysPerNode()).as("budget keys on every master").allMatch(n -> n > 0);
    }
  }

  @Test
  void theDeliveryQueueWorksOnACluster() {
    try (RedisClusterClient client = cluster.client()) {
      DeliveryQueue queue = new RedisDeliveryQueue(client);
      WorkspaceId ws = new WorkspaceId(Platform.TEAMS, "tenant-c");
      queue.enqueueAll(
          List.of(
              Delivery.toMember("c1", ws, "U1", Delivery.Kind.NOTICE, Map.of("text", "hi")),
              Delivery.toMember("c2", ws, "U2", Delivery.Kind.NOTICE, Map.of("text", "hi"))));

      var read = queue.read("a-0", 10, Duration.ZERO);
      assertThat(queue.handOver("a-0", Duration.ofSeconds(60))).isEqualTo(2);
      var reclaimed = queue.reclaim("b-0", Duration.ofSeconds(60), 10);
      queue.ackAll(reclaimed);

      assertThat(read).hasSize(2);
      assertThat(reclaimed).hasSize(2);
      assertThat(queue.pending()).isZero();
      assertThat(queue.oldestAge()).isEmpty();
    }
  }
}
