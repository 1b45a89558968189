package org.allybot.teams;

import org.allybot.core.Allybot;
import org.allybot.core.ChatPlatform;
import org.allybot.core.delivery.RateLimiter;
import org.allybot.teams.auth.ChannelTokenCheck;

/**
 * The Teams adapter, assembled: the outbound {@link ChatPlatform} the delivery engine sends through
 * (built before the core, which needs it), and the inbound {@link TeamsEndpoint} (built once the
 * core exists). Every Bot Framework type stays behind these two.
 */
public final class TeamsConnector {
  private final TeamsConfig config;
  private final ConnectorAdapter adapter;
  private final TeamsStore store;
  private final SeenActivities seen;
  private final TeamsPlatform platform;

  private TeamsConnector(TeamsConfig config, TeamsStore store, SeenActivities seen) {
    this.config = config;
    this.adapter = new ConnectorAdapter(config);
    this.store = store;
    this.seen = seen;
    this.platform = new TeamsPlatform(config, adapter, store);
  }

  public static TeamsConnector create(TeamsConfig config, TeamsStore store, SeenActivities seen) {
    return new TeamsConnector(config, store, seen);
  }

  public ChatPlatform platform() {
    return platform;
  }

  /**
   * The inbound side, answering with {@code bot}, its writes paced by {@code limiter} (the delivery
   * engine's, so that both keep one budget per tenant).
   */
  public TeamsEndpoint endpoint(Allybot bot, RateLimiter limiter) {
    return new TeamsEndpoint(
        adapter,
        new ChannelTokenCheck(config.appId(), config.openIdMetadataUrl(), config.allowAnonymous()),
        seen,
        new TurnRouter(bot, store, platform),
        limiter);
  }
}
