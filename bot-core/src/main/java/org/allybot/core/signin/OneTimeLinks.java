package org.allybot.core.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links that work once: a random 256-bit token, bound to a purpose and a member, kept only as its
 * SHA-256 hash for a relative time, and consumed atomically. A leaked store therefore holds nothing
 * that signs anyone in, and two clicks on the same link sign in at most once.
 */
public final class OneTimeLinks {
  private static final int TOKEN_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final LinkStore store;
  private final SecureRandom random = new SecureRandom();

  public OneTimeLinks(LinkStore store) {
    this.store = store;
  }

  /** A new token for {@code holder}, valid for {@code validFor} and one use. */
  public String issue(LinkPurpose purpose, LinkHolder holder, Duration validFor) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    store.put(purpose, hash(token), holder, validFor);
    return token;
  }

  /**
   * Whom the token was issued to, if it is well-formed, was issued for this purpose, has not
   * expired and was not used before; the link is spent either way once found.
   */
  public Optional<LinkHolder> consume(LinkPurpose purpose, String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return store.take(purpose, hash(token));
  }

  /** The hex SHA-256 of a secret, as it is stored in place of the secret itself. */
  public static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
