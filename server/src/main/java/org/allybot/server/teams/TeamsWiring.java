package org.allybot.server.teams;

import io.javalin.http.Handler;
import java.util.concurrent.atomic.AtomicReference;
import org.allybot.core.Allybot;
import org.allybot.core.ChatPlatform;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.teams.TeamsConfig;
import org.allybot.teams.TeamsConnector;
import redis.clients.jedis.UnifiedJedis;

/**
 * Teams inside {@code serve}, in two steps: the outbound platform before the runtime starts (the
 * core is built with it), then the {@code /api/messages} route once the runtime's Redis and core
 * exist. The store reads Redis through a reference bound in the second step.
 */
public final class TeamsWiring {
  /** Where the Bot Framework posts activities. */
  public static final String PATH = "/api/messages";

  private final AtomicReference<UnifiedJedis> redis = new AtomicReference<>();
  private final TeamsConnector connector;

  private TeamsWiring(TeamsConfig config) {
    this.connector =
        TeamsConnector.create(
            config, new RedisTeamsStore(this::redis), new RedisSeenActivities(this::redis));
  }

  public static TeamsWiring create(TeamsConfig config) {
    return new TeamsWiring(config);
  }

  public ChatPlatform platform() {
    return connector.platform();
  }

  /**
   * The route, answering with {@code bot}, keeping state in {@code store} and writing at the pace
   * {@code limiter} allows.
   */
  public Handler route(Allybot bot, UnifiedJedis store, RateLimiter limiter) {
    redis.set(store);
    return new TeamsRoute(connector.endpoint(bot, limiter));
  }

  private UnifiedJedis redis() {
    UnifiedJedis bound = redis.get();
    if (bound == null) {
      throw new IllegalStateException("Teams used before the runtime opened Redis");
    }
    return bound;
  }
}
