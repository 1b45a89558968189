package org.allybot.teams.auth;

import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.http.HttpClient;
import java.time.Clock;

/**
 * The bot's app credentials, with the token fetched from a configurable endpoint. The SDK builds
 * the token endpoint from a fixed login host inside {@code buildAuthenticator}, so this subclass
 * overrides it; single-tenant bots also pass their tenant as the channel auth tenant.
 */
public final class TokenEndpointCredentials extends MicrosoftAppCredentials {
  private final String tokenUrl;
  private final HttpClient http;

  public TokenEndpointCredentials(
      String appId, String password, String tenantId, String scope, String tokenUrl) {
    super(appId, password, tenantId == null || tenantId.isBlank() ? null : tenantId, scope);
    this.tokenUrl = tokenUrl;
    this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();
  }

  /**
   * The token endpoint for {@code tenantId} on Microsoft's login host ({@code botframework.com}
   * when multi-tenant).
   */
  public static String defaultTokenUrl(String tenantId) {
    String tenant = tenantId == null || tenantId.isBlank() ? "botframework.com" : tenantId.strip();
    return "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token";
  }

  public String tokenUrl() {
    return tokenUrl;
  }

  @Override
  protected Authenticator buildAuthenticator() {
    return new ClientCredentialsToken(
        tokenUrl, getAppId(), getAppPassword(), oAuthScope(), http, Clock.systemUTC());
  }

  @Override
  public String toString() {
    return "TokenEndpointCredentials[app " + getAppId() + "]";
  }
}
