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
 * SHA-256 hash for a relative time, and consumed atomically; the member is sealed under a key only
 * the token gives. A leaked store therefore holds nothing that signs anyone in, nor who holds a
 * link, and two clicks on the same link sign in at most once.
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
    store.put(purpose, hash(token), HolderSeal.seal(token, purpose, holder), validFor);
    return token;
  }

  /**
   * Whom the token was issued to, if it is well-formed, was issued for this purpose, has not
   * expired and was not used before; the link is spent either way once found.
   */
  public Optional<LinkHolder> consume(LinkPurpose purpose, String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return store.take(purpose, hash(token)).flatMap(s -> HolderSeal.open(token, purpose, s));
  }

  /**
   * Whom a still usable token was issued to, without spending it: for a page that only shows what
   * the link opens (a link scanner may open it first), leaving the one use to the action itself.
   */
  public Optional<LinkHolder> peek(LinkPurpose purpose, String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    return store.find(purpose, hash(token)).flatMap(s -> HolderSeal.open(token, purpose, s));
  }

  /**
   * Takes the link for one attempt, as {@link #consume} does (so two attempts racing each other get
   * it once), remembering how long it had left for {@link #giveBack}.
   */
  public Optional<LinkClaim> claim(LinkPurpose purpose, String token) {
    if (!wellFormed(token)) {
      return Optional.empty();
    }
    String tokenHash = hash(token);
    // Read before taking: once taken the key is gone. A link expiring in between is simply not
    // found by the take.
    Optional<Duration> left = store.timeLeft(purpose, tokenHash);
    if (left.isEmpty()) {
      return Optional.empty();
    }
    return store
        .take(purpose, tokenHash)
        .flatMap(sealed ->
            HolderSeal.open(token, purpose, sealed)
                .map(holder -> new LinkClaim(purpose, tokenHash, sealed, holder, left.get())));
  }

  /** Puts a claimed link back, usable again for the time it had left when it was claimed. */
  public void giveBack(LinkClaim claim) {
    store.put(claim.purpose(), claim.tokenHash(), claim.sealedHolder(), claim.timeLeft());
  }

  private static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
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
