package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.allybot.core.store.RedisUrl.Topology;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

final class RedisUrlTest {
  @Test
  void aPlainUrlIsOneRedis() {
    RedisUrl url = RedisUrl.parse("rediss://:secret@cache.internal:6380");

    assertThat(url.topology()).isEqualTo(Topology.STANDALONE);
    assertThat(url.tls()).isTrue();
    assertThat(url.password()).isEqualTo("secret");
  }

  @Test
  void aClusterUrlListsItsSeedNodes() {
    RedisUrl url =
        RedisUrl.parse("redis-cluster://app:p%40ss@10.0.0.1:7000,10.0.0.2,10.0.0.3:7002");

    assertThat(url.topology()).isEqualTo(Topology.CLUSTER);
    assertThat(url.tls()).isFalse();
    assertThat(url.nodes())
        .containsExactly(
            new HostAndPort("10.0.0.1", 7000),
            new HostAndPort("10.0.0.2", 6379),
            new HostAndPort("10.0.0.3", 7002));
    assertThat(List.of(url.user(), url.password())).containsExactly("app", "p@ss");
  }

  @Test
  void aSentinelUrlNamesItsSentinelsAndTheMaster() {
    RedisUrl url = RedisUrl.parse("rediss-sentinel://s1:26380,s2/allybot");

    assertThat(url.topology()).isEqualTo(Topology.SENTINEL);
    assertThat(url.tls()).isTrue();
    assertThat(url.nodes())
        .containsExactly(new HostAndPort("s1", 26380), new HostAndPort("s2", 26379));
    assertThat(url.masterName()).isEqualTo("allybot");
  }

  @Test
  void mistakesAreNamedWithWhatToWriteInstead() {
    assertThatThrownBy(() -> RedisUrl.parse("localhost:6379"))
        .hasMessageStartingWith("REDIS_URL must start with redis://, rediss://, redis-cluster://");
    assertThatThrownBy(() -> RedisUrl.parse("redis-sentinel://s1:26379"))
        .hasMessageContaining("redis-sentinel://host:26379/mymaster");
    assertThatThrownBy(() -> RedisUrl.parse("redis://a:1,b:2"))
        .hasMessageContaining("use redis-cluster:// or redis-sentinel://");
    assertThatThrownBy(() -> RedisUrl.parse("redis-cluster://a:x"))
        .hasMessageContaining("port that is not a number: a:x");
  }
}
