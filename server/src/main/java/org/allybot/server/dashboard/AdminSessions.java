package org.allybot.server.dashboard;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.core.store.Json;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Dashboard sessions in Redis: the cookie is 256 random bits, and only its SHA-256 hash is a key,
 * kept with a relative expiry ({@code SET EX}), so a copy of the store signs nobody in and the
 * session ends on time whatever the app's clock says.
 */
final class AdminSessions {
  private static final Pattern COOKIE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final UnifiedJedis redis;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  AdminSessions(UnifiedJedis redis, Duration lifetime) {
    this.redis = redis;
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }

  /** A new session for {@code holder}; the value to put in the cookie. */
  String open(LinkHolder holder) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    redis.set(key(cookie), Json.write(holder), SetParams.setParams().ex(lifetime.toSeconds()));
    return cookie;
  }

  /** Whose session the cookie opens, if it is one we issued and it has not ended. */
  Optional<LinkHolder> find(String cookie) {
    if (cookie == null || !COOKIE.matcher(cookie).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(redis.get(key(cookie))).map(j -> Json.read(j, LinkHolder.class));
  }

  void end(String cookie) {
    if (cookie != null && COOKIE.matcher(cookie).matches()) {
      redis.del(key(cookie));
    }
  }

  private static String key(String cookie) {
    return "ally:global:session:dashboard:" + OneTimeLinks.hash(cookie);
  }
}
