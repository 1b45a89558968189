package org.allybot.testkit.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A Bot Framework JWT in the making: good by default (the Bot Framework issuer, the app id as
 * audience, the service URL claim, valid for an hour, signed with the endorsed key), with one
 * setter per way of making it bad.
 */
public final class TokenBuilder {
  private final FakeTokenIssuer issuer;
  private String audience;
  private String serviceUrl;
  private String tokenIssuer = FakeTokenIssuer.BOT_FRAMEWORK_ISSUER;
  private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));
  private Instant notBefore = Instant.now().minus(Duration.ofMinutes(1));
  private FakeTokenIssuer.SigningKey key = FakeTokenIssuer.SigningKey.ENDORSED;

  TokenBuilder(FakeTokenIssuer issuer, String audience, String serviceUrl) {
    this.issuer = issuer;
    this.audience = audience;
    this.serviceUrl = serviceUrl;
  }

  public TokenBuilder audience(String value) {
    this.audience = value;
    return this;
  }

  /** The {@code serviceurl} claim; null leaves it out. */
  public TokenBuilder serviceUrl(String value) {
    this.serviceUrl = value;
    return this;
  }

  public TokenBuilder issuer(String value) {
    this.tokenIssuer = value;
    return this;
  }

  /** Expired well beyond the five minutes of clock skew a validator allows. */
  public TokenBuilder expired() {
    this.notBefore = Instant.now().minus(Duration.ofHours(2));
    this.expiresAt = Instant.now().minus(Duration.ofHours(1));
    return this;
  }

  /** Valid from now for {@code lifetime}. */
  public TokenBuilder expiresIn(Duration lifetime) {
    this.expiresAt = Instant.now().plus(lifetime);
    return this;
  }

  public TokenBuilder signedWith(FakeTokenIssuer.SigningKey signingKey) {
    this.key = signingKey;
    return this;
  }

  /** The compact JWT. */
  public String compact() {
    KeyPair pair = issuer.keyPair(key);
    JWTCreator.Builder jwt =
        JWT.create()
            .withKeyId(FakeTokenIssuer.keyId(key))
            .withIssuer(tokenIssuer)
            .withAudience(audience)
            .withIssuedAt(Date.from(notBefore))
            .withNotBefore(Date.from(notBefore))
            .withExpiresAt(Date.from(expiresAt));
    if (serviceUrl != null) {
      jwt.withClaim("serviceurl", serviceUrl);
    }
    return jwt.sign(
        Algorithm.RSA256((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate()));
  }

  /** The {@code Authorization} header value. */
  public String bearer() {
    return "Bearer " + compact();
  }
}
