package org.allybot.server.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.allybot.server.runtime.Settings.SettingsException;
import org.allybot.teams.TeamsConfig;

/**
 * Reads the Teams settings from the environment: {@code MICROSOFT_APP_ID}, {@code
 * MICROSOFT_APP_PASSWORD}, {@code MICROSOFT_APP_TENANT_ID}, {@code BOTFRAMEWORK_OPENID_URL}, {@code
 * BOTFRAMEWORK_TOKEN_URL} and {@code ALLYBOT_TEAMS_ALLOW_ANONYMOUS}. Teams is on when an app id is
 * set or anonymous requests are allowed; every problem is listed at once.
 */
public final class TeamsSettings {
  static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
  private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,99}");

  private TeamsSettings() {}

  /** The Teams settings, or empty when Teams is off; throws listing every problem. */
  public static Optional<TeamsConfig> from(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Optional<TeamsConfig> config = read(env, problems);
    if (!problems.isEmpty()) {
      throw new SettingsException(problems);
    }
    return config;
  }

  static Optional<TeamsConfig> read(Map<String, String> env, List<String> problems) {
    String appId = value(env, "MICROSOFT_APP_ID");
    String password = env.getOrDefault("MICROSOFT_APP_PASSWORD", "");
    String tenant = value(env, "MICROSOFT_APP_TENANT_ID");
    String openId = value(env, "BOTFRAMEWORK_OPENID_URL");
    String tokenUrl = value(env, "BOTFRAMEWORK_TOKEN_URL");
    String anonymousRaw =
        value(env, "ALLYBOT_TEAMS_ALLOW_ANONYMOUS").toLowerCase(java.util.Locale.ROOT);
    if (!anonymousRaw.isEmpty() && !anonymousRaw.equals("true") && !anonymousRaw.equals("false")) {
      problems.add("ALLYBOT_TEAMS_ALLOW_ANONYMOUS must be true or false");
    }
    boolean anonymous = anonymousRaw.equals("true");
    if (!appId.isEmpty() && !GUID.matcher(appId).matches()) {
      problems.add(
          "MICROSOFT_APP_ID must be the bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000");
    }
    if (!appId.isEmpty() && password.isBlank()) {
      problems.add("MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set");
    }
    if (appId.isEmpty() && !password.isBlank()) {
      problems.add("MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is not");
    }
    if (!tenant.isEmpty() && !TENANT.matcher(tenant).matches()) {
      problems.add("MICROSOFT_APP_TENANT_ID must be a tenant id (a GUID) or domain");
    }
    for (String name : List.of("BOTFRAMEWORK_OPENID_URL", "BOTFRAMEWORK_TOKEN_URL")) {
      String url = value(env, name);
      if (!url.isEmpty() && !url.matches("https?://\\S+")) {
        problems.add(name + " must start with https:// (or http:// for a local fake)");
      }
    }
    if (appId.isEmpty() && !anonymous) {
      boolean orphans = !tenant.isEmpty() || !openId.isEmpty() || !tokenUrl.isEmpty();
      if (orphans) {
        problems.add(
            "Teams settings are set but MICROSOFT_APP_ID is not: set it, or remove the others");
      }
      return Optional.empty();
    }
    return Optional.of(new TeamsConfig(appId, password, tenant, openId, tokenUrl, anonymous));
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null ? "" : v.strip();
  }
}
