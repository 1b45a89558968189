package org.allybot.slack;

import java.util.Optional;

/** The bot token to use in one workspace (Slack team), if the bot is installed there. */
@FunctionalInterface
public interface SlackTokens {
  Optional<String> botToken(String teamId);

  /** The same token everywhere: single-workspace mode. */
  static SlackTokens fixed(String token) {
    Optional<String> t = Optional.of(token);
    return teamId -> t;
  }
}
