package org.allybot.teams.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import com.microsoft.bot.connector.authentication.Authenticator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;

/**
 * Gets the bot's outbound token with the OAuth client-credentials grant from a configurable token
 * endpoint, and keeps it until five minutes before it expires. It replaces MSAL, whose authority is
 * fixed to Microsoft's login hosts, so tests and sovereign clouds can point it elsewhere.
 */
final class ClientCredentialsToken implements Authenticator {
  private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI tokenUrl;
  private final String form;
  private final HttpClient http;
  private final Clock clock;
  private Token current;

  ClientCredentialsToken(
      String tokenUrl, String appId, String password, String scope, HttpClient http, Clock clock) {
    this.tokenUrl = URI.create(tokenUrl);
    this.form =
        "grant_type=client_credentials&client_id="
            + encode(appId)
            + "&client_secret="
            + encode(password)
            + "&scope="
            + encode(scope);
    this.http = http;
    this.clock = clock;
  }

  @Override
  public synchronized CompletableFuture<IAuthenticationResult> acquireToken() {
    Instant now = clock.instant();
    if (current == null || now.isAfter(current.expiresOn().toInstant().minus(REFRESH_BEFORE))) {
      try {
        current = fetch(now);
      } catch (TokenEndpointException e) {
        return CompletableFuture.failedFuture(e);
      } catch (IOException e) {
        return CompletableFuture.failedFuture(new TokenEndpointException(0, "unreachable"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return CompletableFuture.failedFuture(new TokenEndpointException(0, "interrupted"));
      }
    }
    return CompletableFuture.completedFuture(current);
  }

  private Token fetch(Instant now) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(tokenUrl)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new TokenEndpointException(response.statusCode(), "refused");
    }
    JsonNode body = JSON.readTree(response.body());
    String token = body.path("access_token").asText("");
    if (token.isEmpty()) {
      throw new TokenEndpointException(response.statusCode(), "no access_token in the answer");
    }
    long seconds = body.path("expires_in").asLong(3600);
    return new Token(token, Date.from(now.plusSeconds(seconds)));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** An access token as MSAL would describe it; only the token and its expiry are known. */
  private record Token(String accessToken, Date expiresOnDate) implements IAuthenticationResult {
    Date expiresOn() {
      return expiresOnDate;
    }

    @Override
    public String idToken() {
      return null;
    }

    @Override
    public IAccount account() {
      return null;
    }

    @Override
    public ITenantProfile tenantProfile() {
      return null;
    }

    @Override
    public String environment() {
      return null;
    }

    @Override
    public String scopes() {
      return null;
    }

    @Override
    public String toString() {
      return "Token[expires " + expiresOnDate.toInstant() + "]";
    }
  }
}
