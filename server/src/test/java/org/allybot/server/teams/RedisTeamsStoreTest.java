package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.Keys;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisDataEraser;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(EmbeddedRedisExtension.class)
class RedisTeamsStoreTest {
  static final WorkspaceId WS = new WorkspaceId(Platform.TEAMS, "tenant-1");
  static final UserRef ALEX = new UserRef(WS, "aad-alex");
  static final UserRef SAM = new UserRef(WS, "aad-sam");

  private UnifiedJedis redis;
  private RedisTeamsStore store;

  @BeforeEach
  void start(RedisEndpoint endpoint) {
    redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    store = new RedisTeamsStore(() -> redis);
  }

  @AfterEach
  void stop() {
    redis.close();
  }

  @Test
  void keepsAndFindsPersonalConversationsByMemberAndById() {
    store.savePersonal(ALEX, "a:1", "{\"alex\":1}");
    store.savePersonal(SAM, "a:12", "{\"sam\":1}");

    assertThat(store.personal(ALEX)).contains("{\"alex\":1}");
    assertThat(store.personalOwner(WS, "a:1")).contains("aad-alex");
    assertThat(store.personalOwner(WS, "a:12")).contains("aad-sam");
    assertThat(store.personalOwner(WS, "a:")).isEmpty();
  }

  @Test
  void deletingAPersonalInstallationLeavesOthers() {
    store.savePersonal(ALEX, "a:1", "{}");
    store.saveAccount(ALEX, "29:alex");
    store.savePersonal(SAM, "a:2", "{}");

    store.deletePersonal(ALEX);

    assertThat(store.personal(ALEX)).isEmpty();
    assertThat(store.personalOwner(WS, "a:1")).isEmpty();
    assertThat(store.account(ALEX)).isEmpty();
    assertThat(store.personal(SAM)).isPresent();
  }

  @Test
  void deletingATeamDeletesItsChannelsOnly() {
    store.saveConversation(WS, "19:general", "{}", "19:general");
    store.saveConversation(WS, "19:random", "{}", "19:general");
    store.saveConversation(WS, "19:other-team", "{}", "19:other-team");
    store.saveConversation(WS, "19:chat@thread.v2", "{}", "");

    store.deleteTeam(WS, "19:general");

    assertThat(store.conversation(WS, "19:general")).isEmpty();
    assertThat(store.conversation(WS, "19:random")).isEmpty();
    assertThat(store.conversation(WS, "19:other-team")).isPresent();
    assertThat(store.conversation(WS, "19:chat@thread.v2")).isPresent();
  }

  @Test
  void forgetMeRemovesAMembersTracesAndPurgeRemovesEverything() {
    store.savePersonal(ALEX, "a:1", "{}");
    store.saveAccount(ALEX, "29:alex");
    store.savePersonal(SAM, "a:2", "{}");
    store.saveServiceUrl(WS, "https://smba.example/");
    RedisDataEraser eraser = new RedisDataEraser(redis);

    eraser.forget(ALEX);

    assertThat(store.personal(ALEX)).isEmpty();
    assertThat(store.personalOwner(WS, "a:1")).isEmpty();
    assertThat(store.account(ALEX)).isEmpty();
    assertThat(store.personal(SAM)).isPresent();

    eraser.deleteWorkspace(WS);

    assertThat(redis.keys(Keys.workspacePattern(WS))).isEmpty();
  }

  @Test
  void seenActivitiesAreRememberedOnceAndCanBeForgotten() {
    RedisSeenActivities seen = new RedisSeenActivities(() -> redis);

    assertThat(seen.firstSight("k")).isTrue();
    assertThat(seen.firstSight("k")).isFalse();
    assertThat(redis.ttl(Keys.global("teams-seen", "k"))).isPositive();
    seen.forget("k");
    assertThat(seen.firstSight("k")).isTrue();
  }
}
