package org.allybot.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.KeyScan;
import org.allybot.core.store.RedisConnection;
import org.allybot.core.store.RedisLinkStore;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(EmbeddedRedisExtension.class)
final class OneTimeLinksTest {
  private static final LinkHolder BOSS =
      new LinkHolder(new UserRef(new WorkspaceId(Platform.SLACK, "T1"), "U1"), false);
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private UnifiedJedis redis;
  private OneTimeLinks links;

  @BeforeEach
  void connect(RedisEndpoint endpoint) {
    redis = RedisConnection.open(endpoint.url());
    redis.flushAll();
    links = new OneTimeLinks(new RedisLinkStore(redis));
  }

  @AfterEach
  void disconnect() {
    redis.close();
  }

  @Test
  void aLinkSignsInItsHolderOnceOnly() {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);

    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).contains(BOSS);
    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).isEmpty();
  }

  @Test
  void tokensAre256RandomBitsInUrlSafeBase64AndNeverRepeat() {
    String one = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);
    String two = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);

    assertThat(one).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two);
  }

  @Test
  void theStoreKeepsOnlyTheTokensHashWithARelativeExpiry() {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);

    List<String> keys = List.copyOf(KeyScan.matching(redis, "*"));
    assertThat(keys).containsExactly("ally:global:link:dashboard:" + OneTimeLinks.hash(token));
    assertThat(keys.get(0)).doesNotContain(token);
    assertThat(redis.get(keys.get(0))).doesNotContain(token).doesNotContain("U1", "T1", "SLACK");
    assertThat(redis.ttl(keys.get(0))).isBetween(1L, 600L);
  }

  @Test
  void anExpiredLinkSignsNobodyIn() {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);
    String key = "ally:global:link:dashboard:" + OneTimeLinks.hash(token);
    redis.pexpire(key, 1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !redis.exists(key));

    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).isEmpty();
  }

  @Test
  void aForgedOrMalformedTokenSignsNobodyIn() {
    links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);

    assertThat(links.consume(LinkPurpose.DASHBOARD, "A".repeat(43))).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, "short")).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, "x".repeat(10_000))).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, "A".repeat(42) + "*")).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, null)).isEmpty();
  }

  @Test
  void aTamperedTokenSignsNobodyInAndLeavesTheRealOneWorking() {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);
    char last = token.charAt(42);
    String tampered = token.substring(0, 42) + (last == 'A' ? 'B' : 'A');

    assertThat(links.consume(LinkPurpose.DASHBOARD, tampered)).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).contains(BOSS);
  }

  @Test
  void aLinkForOnePurposeDoesNotOpenAnotherAndIsNotSpentByTrying() {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);

    assertThat(links.consume(new LinkPurpose("report-desk"), token)).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).contains(BOSS);
  }

  @Test
  void twoClicksRacingEachOtherSignInOnce() throws Exception {
    String token = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);
    Callable<Boolean> click = () -> links.consume(LinkPurpose.DASHBOARD, token).isPresent();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> clicks = pool.invokeAll(List.of(click, click, click, click));
      long won = 0;
      for (Future<Boolean> f : clicks) {
        won += f.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void peekingShowsTheHolderWithoutSpendingTheLink() {
    String token = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);

    assertThat(links.peek(LinkPurpose.DESK_REPORT, token)).contains(BOSS);
    assertThat(links.peek(LinkPurpose.DESK_REPORT, token)).contains(BOSS);
    assertThat(links.peek(LinkPurpose.DASHBOARD, token)).isEmpty();
    assertThat(links.peek(LinkPurpose.DESK_REPORT, "A".repeat(43))).isEmpty();
    assertThat(links.peek(LinkPurpose.DESK_REPORT, null)).isEmpty();
    assertThat(links.consume(LinkPurpose.DESK_REPORT, token)).contains(BOSS);
    assertThat(links.peek(LinkPurpose.DESK_REPORT, token)).isEmpty();
  }

  @Test
  void aClaimedLinkIsGoneUntilGivenBackAndThenHasNoMoreTimeThanItHad() {
    String token = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);
    String key = "ally:global:link:desk-report:" + OneTimeLinks.hash(token);
    redis.pexpire(key, 120_000);

    LinkClaim claim = links.claim(LinkPurpose.DESK_REPORT, token).orElseThrow();

    assertThat(claim.holder()).isEqualTo(BOSS);
    assertThat(claim.sealedHolder()).doesNotContain("U1");
    assertThat(claim.timeLeft()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(120));
    assertThat(links.claim(LinkPurpose.DESK_REPORT, token)).isEmpty();
    assertThat(links.peek(LinkPurpose.DESK_REPORT, token)).isEmpty();

    links.giveBack(claim);

    assertThat(redis.pttl(key)).isBetween(1L, 120_000L);
    assertThat(links.consume(LinkPurpose.DESK_REPORT, token)).contains(BOSS);
  }

  @Test
  void anExpiredForgedOrOtherPurposesLinkCannotBeClaimed() {
    String token = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);
    String dashboard = links.issue(LinkPurpose.DASHBOARD, BOSS, TEN_MINUTES);
    String key = "ally:global:link:desk-report:" + OneTimeLinks.hash(token);
    redis.pexpire(key, 1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !redis.exists(key));

    assertThat(links.claim(LinkPurpose.DESK_REPORT, token)).isEmpty();
    assertThat(links.claim(LinkPurpose.DESK_REPORT, dashboard)).isEmpty();
    assertThat(links.claim(LinkPurpose.DESK_REPORT, "A".repeat(42) + "*")).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, dashboard)).contains(BOSS);
  }

  @Test
  void twoSubmissionsRacingEachOtherClaimTheLinkOnce() throws Exception {
    String token = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);
    Callable<Boolean> send = () -> links.claim(LinkPurpose.DESK_REPORT, token).isPresent();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      long won = 0;
      for (Future<Boolean> f : pool.invokeAll(List.of(send, send, send, send))) {
        won += f.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStoredHolderOpensOnlyWithItsOwnTokenAndPurpose() {
    String token = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);
    String other = links.issue(LinkPurpose.DESK_REPORT, BOSS, TEN_MINUTES);
    String sealed = redis.get("ally:global:link:desk-report:" + OneTimeLinks.hash(token));
    // Someone with write access to the store moves one link's value under another's key.
    redis.set("ally:global:link:desk-report:" + OneTimeLinks.hash(other), sealed);
    redis.set("ally:global:link:dashboard:" + OneTimeLinks.hash(token), sealed);

    assertThat(links.peek(LinkPurpose.DESK_REPORT, other)).isEmpty();
    assertThat(links.consume(LinkPurpose.DASHBOARD, token)).isEmpty();
    assertThat(links.consume(LinkPurpose.DESK_REPORT, token)).contains(BOSS);
  }
}
