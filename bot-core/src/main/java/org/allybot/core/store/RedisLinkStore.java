package org.allybot.core.store;

import java.time.Duration;
import java.util.Optional;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.LinkStore;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * One-time links as {@code ally:global:link:PURPOSE:HASH} keys with a relative expiry ({@code SET
 * PX}), taken with {@code GETDEL} so that two uses racing each other find it only once.
 */
public final class RedisLinkStore implements LinkStore {
  private final UnifiedJedis redis;

  public RedisLinkStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void put(LinkPurpose purpose, String tokenHash, String sealedHolder, Duration validFor) {
    redis.set(
        key(purpose, tokenHash),
        sealedHolder,
        SetParams.setParams().px(Math.max(1, validFor.toMillis())));
  }

  @Override
  public Optional<String> take(LinkPurpose purpose, String tokenHash) {
    return Optional.ofNullable(redis.getDel(key(purpose, tokenHash)));
  }

  @Override
  public Optional<String> find(LinkPurpose purpose, String tokenHash) {
    return Optional.ofNullable(redis.get(key(purpose, tokenHash)));
  }

  @Override
  public Optional<Duration> timeLeft(LinkPurpose purpose, String tokenHash) {
    // TTL answers -2 for a missing key and -1 for one without expiry (never written by put).
    long millis = redis.pttl(key(purpose, tokenHash));
    return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
  }

  private static String key(LinkPurpose purpose, String tokenHash) {
    return Keys.global("link", purpose.name(), tokenHash);
  }
}
