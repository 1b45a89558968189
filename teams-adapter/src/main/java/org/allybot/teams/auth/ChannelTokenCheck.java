package org.allybot.teams.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.JwtTokenExtractor;
import com.microsoft.bot.connector.authentication.TokenValidationParameters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks the JWT on a request from the Bot Framework: a well-formed bearer token, issued by {@code
 * https://api.botframework.com}, signed by a key from the OpenID metadata that is endorsed for the
 * activity's channel, not expired, for this bot's app id, and naming the activity's service URL.
 * The SDK's extractor does the signature, lifetime and endorsement work; the rest is checked here,
 * and so is every way the SDK fails (a malformed token throws synchronously inside it).
 */
public final class ChannelTokenCheck {
  private static final long METADATA_TIMEOUT_SECONDS = 10;
  private static final Duration CLOCK_SKEW =
      Duration.ofMinutes(AuthenticationConstants.DEFAULT_CLOCKSKEW_MINUTES);

  private final String appId;
  private final String openIdMetadataUrl;
  private final boolean allowAnonymous;
  private final TokenValidationParameters parameters;
  private final Clock clock;
  private final VerifiedTokens verified = new VerifiedTokens();

  /**
   * Tokens must be for {@code appId}, with keys from {@code openIdMetadataUrl}; requests without a
   * token pass only when {@code allowAnonymous}.
   */
  public ChannelTokenCheck(String appId, String openIdMetadataUrl, boolean allowAnonymous) {
    this(appId, openIdMetadataUrl, allowAnonymous, Clock.systemUTC());
  }

  ChannelTokenCheck(String appId, String openIdMetadataUrl, boolean allowAnonymous, Clock clock) {
    this.appId = appId;
    this.openIdMetadataUrl = openIdMetadataUrl;
    this.allowAnonymous = allowAnonymous;
    this.clock = clock;
    this.parameters =
        new TokenValidationParameters(ChannelValidation.getTokenValidationParameters());
    this.parameters.issuerSigningKeyResolver = new EndorsedKeys();
  }

  /** The outcome of one check; a rejection says why in words safe to log (never the token). */
  public sealed interface Verdict {
    /** The token is good (or absent while anonymous requests are allowed). */
    record Accepted(ClaimsIdentity identity) implements Verdict {}

    /** The token is missing or bad. */
    record Rejected(String reason) implements Verdict {}
  }

  /** Checks {@code authorization} for an activity on {@code channelId} from {@code serviceUrl}. */
  public Verdict check(String authorization, String channelId, String serviceUrl) {
    if (authorization == null || authorization.isBlank()) {
      return allowAnonymous
          ? new Verdict.Accepted(new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE))
          : new Verdict.Rejected("missing token");
    }
    String[] parts = authorization.strip().split(" ");
    if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
      return new Verdict.Rejected("malformed authorization header");
    }
    Instant now = clock.instant();
    Optional<ClaimsIdentity> known = verified.find(channelId, parts[1], now);
    if (known.isPresent()) {
      return perRequest(known.get(), serviceUrl);
    }
    DecodedJWT decoded;
    try {
      decoded = JWT.decode(parts[1]);
    } catch (JWTDecodeException e) {
      return new Verdict.Rejected("malformed token");
    }
    if (!AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER.equals(decoded.getIssuer())) {
      return new Verdict.Rejected("wrong issuer");
    }
    if (decoded.getExpiresAt() == null) {
      return new Verdict.Rejected("token without expiry");
    }
    if (decoded.getExpiresAt().toInstant().plus(CLOCK_SKEW).isBefore(now)) {
      return new Verdict.Rejected("expired token");
    }
    ClaimsIdentity identity;
    try {
      identity =
          new JwtTokenExtractor(
                  parameters, openIdMetadataUrl, AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS)
              .getIdentity("Bearer " + parts[1], channelId)
              .get(METADATA_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return new Verdict.Rejected("signature, lifetime or endorsement check failed");
    } catch (TimeoutException e) {
      return new Verdict.Rejected("signing keys not available in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict.Rejected("interrupted");
    } catch (RuntimeException e) {
      return new Verdict.Rejected("token refused by the SDK");
    }
    if (identity == null || !identity.isAuthenticated()) {
      return new Verdict.Rejected("unknown or unendorsed signing key");
    }
    Verdict verdict = perRequest(identity, serviceUrl);
    if (verdict instanceof Verdict.Accepted) {
      verified.keep(channelId, parts[1], identity, decoded.getExpiresAt().toInstant(), now);
    }
    return verdict;
  }

  /** The checks that depend on the request, not only on the token. */
  private Verdict perRequest(ClaimsIdentity identity, String serviceUrl) {
    String audience = identity.claims().get(AuthenticationConstants.AUDIENCE_CLAIM);
    if (appId.isEmpty() || !appId.equals(audience)) {
      return new Verdict.Rejected("wrong audience");
    }
    String claimed = identity.claims().get(AuthenticationConstants.SERVICE_URL_CLAIM);
    if (claimed == null || !normal(claimed).equals(normal(serviceUrl))) {
      return new Verdict.Rejected("service url does not match the token");
    }
    return new Verdict.Accepted(identity);
  }

  private static String normal(String url) {
    String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
