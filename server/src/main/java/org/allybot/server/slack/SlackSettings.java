package org.allybot.server.slack;

import java.util.List;
import java.util.Map;
import org.allybot.slack.SlackOptions;

/**
 * The Slack part of the environment. Slack is on when {@code SLACK_SIGNING_SECRET} is set; then
 * exactly one of {@code SLACK_BOT_TOKEN} (one workspace) or {@code SLACK_CLIENT_ID}, {@code
 * SLACK_CLIENT_SECRET} and {@code SLACK_SCOPES} (OAuth) must be given. {@code SLACK_APP_TOKEN}
 * turns on Socket Mode; {@code SLACK_API_URL} points the Web API elsewhere (tests, staging).
 */
public record SlackSettings(SlackOptions options) {
  static final List<String> NAMES =
      List.of(
          "SLACK_BOT_TOKEN",
          "SLACK_CLIENT_ID",
          "SLACK_CLIENT_SECRET",
          "SLACK_SCOPES",
          "SLACK_APP_TOKEN",
          "SLACK_API_URL");

  /** The settings, or null when Slack is off; every problem found is added to {@code problems}. */
  public static SlackSettings from(
      Map<String, String> env, String publicUrl, List<String> problems) {
    String secret = get(env, "SLACK_SIGNING_SECRET");
    if (secret.isEmpty()) {
      for (String name : NAMES) {
        if (!get(env, name).isEmpty()) {
          problems.add(
              name + " is set but SLACK_SIGNING_SECRET is not; Slack needs its signing secret");
        }
      }
      return null;
    }
    int before = problems.size();
    String bot = get(env, "SLACK_BOT_TOKEN");
    String clientId = get(env, "SLACK_CLIENT_ID");
    String clientSecret = get(env, "SLACK_CLIENT_SECRET");
    String scopes = get(env, "SLACK_SCOPES");
    String appToken = get(env, "SLACK_APP_TOKEN");
    String api = env.getOrDefault("SLACK_API_URL", SlackOptions.DEFAULT_API_URL).strip();
    boolean oauth = !clientId.isEmpty() || !clientSecret.isEmpty() || !scopes.isEmpty();
    if (!bot.isEmpty() && oauth) {
      problems.add(
          "set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and"
              + " SLACK_SCOPES (OAuth installs), not both");
    } else if (bot.isEmpty() && !oauth) {
      problems.add(
          "Slack needs SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and"
              + " SLACK_SCOPES (OAuth installs)");
    }
    if (!bot.isEmpty() && !bot.startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    }
    if (oauth && bot.isEmpty()) {
      for (String name : List.of("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SCOPES")) {
        if (get(env, name).isEmpty()) {
          problems.add(name + " is missing; OAuth installs need it");
        }
      }
    }
    if (!appToken.isEmpty() && !appToken.startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }
    if (!api.matches("https?://.+/api/")) {
      problems.add(
          "SLACK_API_URL must be an http(s) URL ending in /api/, such as https://slack.com/api/");
    }
    if (problems.size() > before) {
      return null;
    }
    return new SlackSettings(
        new SlackOptions(
            secret,
            bot,
            clientId,
            clientSecret,
            scopes,
            appToken,
            api,
            publicUrl,
            SlackOptions.DEFAULT_USER_CACHE_TTL));
  }

  private static String get(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null ? "" : v.strip();
  }
}
