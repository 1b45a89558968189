package org.allybot.server.slack;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import org.allybot.core.Allybot;
import org.allybot.core.ChatPlatform;
import org.allybot.core.MasterKey;
import org.allybot.core.SecretBox;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.slack.SlackAdapter;
import org.allybot.slack.SlackClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Slack in the server, in the order start-up needs: {@link #connect} gives the delivery engine its
 * {@link ChatPlatform} once Redis is up, {@link #start} starts Bolt (and Socket Mode) once the core
 * runs, {@link #routes} adds the HTTP endpoints. Closing stops whatever was started.
 */
public final class SlackWiring implements AutoCloseable {
  private final SlackSettings settings;
  private final Clock clock;
  private SlackClient client;
  private SlackAdapter adapter;

  public SlackWiring(SlackSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  public ChatPlatform connect(UnifiedJedis redis, MasterKey key) {
    client =
        SlackClient.create(
            settings.options(),
            new RedisSlackStore(redis),
            SecretBox.of(key, "slack/installations"),
            clock);
    return client.chatPlatform();
  }

  public void start(Allybot bot, RateLimiter limiter) {
    adapter = SlackAdapter.start(client, bot, limiter);
  }

  public void routes(JavalinConfig config) {
    SlackRoutes.add(config, adapter.endpoint());
  }

  public boolean socketMode() {
    return adapter != null && adapter.socketMode();
  }

  @Override
  public void close() {
    if (adapter != null) {
      adapter.close();
      adapter = null;
    }
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
