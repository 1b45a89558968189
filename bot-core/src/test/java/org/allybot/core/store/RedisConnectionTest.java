package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(EmbeddedRedisExtension.class)
final class RedisConnectionTest {

  @Test
  void theSharedPoolAnswersWithoutRegisteringAnMBean(RedisEndpoint endpoint) throws Exception {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName pools = new ObjectName("org.apache.commons.pool2:*");
    Set<ObjectName> before = server.queryNames(pools, null);

    try (UnifiedJedis redis = RedisConnection.open(endpoint.url())) {
      assertThat(redis.ping()).isEqualTo("PONG");

      // An MBean would start the JVM's management server at every start-up, for nobody.
      assertThat(server.queryNames(pools, null)).isEqualTo(before);
    }
  }
}
