package org.allybot.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Slack adapter runs, as the server read it from the environment: the signing secret,
 * either one workspace's bot token or an OAuth app (client id, secret, scopes), an optional app
 * token for Socket Mode, the Web API base URL and the public URL for OAuth redirects.
 */
public record SlackOptions(
    String signingSecret,
    String botToken,
    String clientId,
    String clientSecret,
    String scopes,
    String appToken,
    String apiUrl,
    String publicUrl,
    Duration userCacheTtl) {
  public static final String DEFAULT_API_URL = "https://slack.com/api/";
  public static final Duration DEFAULT_USER_CACHE_TTL = Duration.ofHours(1);

  public SlackOptions {
    Objects.requireNonNull(signingSecret, "signingSecret");
    botToken = Objects.requireNonNullElse(botToken, "");
    clientId = Objects.requireNonNullElse(clientId, "");
    clientSecret = Objects.requireNonNullElse(clientSecret, "");
    scopes = Objects.requireNonNullElse(scopes, "");
    appToken = Objects.requireNonNullElse(appToken, "");
    apiUrl = Objects.requireNonNullElse(apiUrl, DEFAULT_API_URL);
    publicUrl = Objects.requireNonNullElse(publicUrl, "http://localhost:3000");
    userCacheTtl = Objects.requireNonNullElse(userCacheTtl, DEFAULT_USER_CACHE_TTL);
  }

  /** One workspace with a fixed bot token. */
  public static SlackOptions singleWorkspace(String signingSecret, String botToken, String apiUrl) {
    return new SlackOptions(signingSecret, botToken, "", "", "", "", apiUrl, null, null);
  }

  /** Installs into many workspaces through OAuth. */
  public boolean oauth() {
    return !clientId.isEmpty();
  }

  /** Receives requests over a WebSocket instead of HTTP. */
  public boolean socketMode() {
    return !appToken.isEmpty();
  }

  public SlackOptions withAppToken(String token) {
    return new SlackOptions(
        signingSecret,
        botToken,
        clientId,
        clientSecret,
        scopes,
        token,
        apiUrl,
        publicUrl,
        userCacheTtl);
  }

  @Override
  public String toString() {
    // Never print secrets, even by accident.
    return "SlackOptions[" + (oauth() ? "oauth" : "single workspace") + ", api=" + apiUrl + "]";
  }
}
