package org.allybot.server.runtime;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.delivery.RateLimits;

/**
 * The platform send limits every instance keeps together, read from the environment; the defaults
 * are the published limits. Slack grants some apps more, and a load test against a sped-up fake
 * needs more, so each can be raised (or lowered, to keep headroom for another app on one token).
 */
public record RateLimitSettings(
    int slackPostsPerSecond,
    int slackPostsPerChannelPerSecond,
    int slackOpensPerMinute,
    int teamsSendsPerSecond,
    int teamsSendsPerConversationPerSecond) {
  /** High enough for any real platform and for a sped-up fake; low enough to stay a number. */
  static final int MAX = 1_000_000;

  public static RateLimitSettings defaults() {
    return new RateLimitSettings(8, 1, 50, 50, 7);
  }

  /** Reads the five settings, adding a line to {@code problems} for each one that is wrong. */
  public static RateLimitSettings from(Map<String, String> env, List<String> problems) {
    RateLimitSettings d = defaults();
    return new RateLimitSettings(
        positive(env, "ALLYBOT_SLACK_POSTS_PER_SECOND", d.slackPostsPerSecond(), problems),
        positive(
            env,
            "ALLYBOT_SLACK_POSTS_PER_CHANNEL_PER_SECOND",
            d.slackPostsPerChannelPerSecond(),
            problems),
        positive(env, "ALLYBOT_SLACK_OPENS_PER_MINUTE", d.slackOpensPerMinute(), problems),
        positive(env, "ALLYBOT_TEAMS_SENDS_PER_SECOND", d.teamsSendsPerSecond(), problems),
        positive(
            env,
            "ALLYBOT_TEAMS_SENDS_PER_CONVERSATION_PER_SECOND",
            d.teamsSendsPerConversationPerSecond(),
            problems));
  }

  /** The limits per platform; the shell has none. */
  public Map<Platform, RateLimits> limits() {
    Map<Platform, RateLimits> limits = new EnumMap<>(Platform.class);
    limits.put(
        Platform.SLACK,
        RateLimits.slack(
            slackPostsPerSecond, slackPostsPerChannelPerSecond, slackOpensPerMinute / 60.0));
    limits.put(
        Platform.TEAMS, RateLimits.teams(teamsSendsPerSecond, teamsSendsPerConversationPerSecond));
    limits.put(Platform.SHELL, RateLimits.unlimited());
    return limits;
  }

  private static int positive(
      Map<String, String> env, String name, int fallback, List<String> problems) {
    String raw = env.get(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= 1 && value <= MAX) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        name
            + " must be a whole number from 1 to "
            + MAX
            + " (the platform's published limit is "
            + fallback
            + ")");
    return fallback;
  }
}
