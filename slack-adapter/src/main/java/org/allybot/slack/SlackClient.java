package org.allybot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Clock;
import org.allybot.core.ChatPlatform;
import org.allybot.core.SecretBox;
import org.allybot.slack.oauth.StoredInstallations;

/**
 * The adapter's Web API side, ready before the core starts: the configured Slack client (pointed at
 * {@code SLACK_API_URL}, with timeouts, without Slack's own metrics threads), the tokens of each
 * workspace, the member cache and the {@link ChatPlatform} the delivery engine uses.
 */
public final class SlackClient implements AutoCloseable {
  private final SlackOptions options;
  private final SlackStore store;
  private final Clock clock;
  private final Slack slack;
  private final StoredInstallations installations;
  private final SlackTokens tokens;
  private final SlackUsers users;
  private final SlackChatPlatform platform;

  private SlackClient(SlackOptions options, SlackStore store, SecretBox tokenBox, Clock clock) {
    this.options = options;
    this.store = store;
    this.clock = clock;
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(options.apiUrl());
    config.setStatsEnabled(false);
    config.setPrettyResponseLoggingEnabled(false);
    config.setHttpClientReadTimeoutMillis(10_000);
    config.setHttpClientWriteTimeoutMillis(10_000);
    config.setHttpClientCallTimeoutMillis(15_000);
    this.slack = Slack.getInstance(config);
    this.installations = options.oauth() ? new StoredInstallations(store, tokenBox) : null;
    this.tokens = options.oauth() ? installations : SlackTokens.fixed(options.botToken());
    this.users = new SlackUsers(slack, tokens, options.userCacheTtl(), clock);
    this.platform = new SlackChatPlatform(slack, tokens, users);
  }

  /** {@code tokenBox} seals the OAuth installations' tokens in the store. */
  public static SlackClient create(
      SlackOptions options, SlackStore store, SecretBox tokenBox, Clock clock) {
    return new SlackClient(options, store, tokenBox, clock);
  }

  public ChatPlatform chatPlatform() {
    return platform;
  }

  SlackOptions options() {
    return options;
  }

  SlackStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  Slack slack() {
    return slack;
  }

  SlackTokens tokens() {
    return tokens;
  }

  SlackUsers users() {
    return users;
  }

  /** The stored OAuth installations; null in single-workspace mode. */
  StoredInstallations installations() {
    return installations;
  }

  @Override
  public void close() {
    try {
      slack.close();
    } catch (Exception e) {
      // nothing left to release that matters at shutdown
    }
  }
}
