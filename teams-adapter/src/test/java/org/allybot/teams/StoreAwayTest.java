package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.FakeMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** A store that is away is the server's fault, and says so with a 503 the Bot Framework retries. */
@ExtendWith(EmbeddedRedisExtension.class)
class StoreAwayTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();

  private final TeamsHarness h;

  StoreAwayTest(TeamsHarness h) {
    this.h = h;
  }

  @Test
  void anActivityWhileTheStoreIsAwayIsA503WithoutAStackTrace() {
    h.seen.failure = new JedisConnectionException("Redis is away");
    try (CapturedLog log = CapturedLog.start()) {
      TeamsResponse r = h.say(FakeMember.numbered(40), "help");

      assertThat(r.status()).isEqualTo(503);
      assertThat(log.stackTraces()).isZero();
    }
    h.seen.failure = null;
    assertThat(h.say(FakeMember.numbered(40), "help").status()).isEqualTo(200);
  }
}
