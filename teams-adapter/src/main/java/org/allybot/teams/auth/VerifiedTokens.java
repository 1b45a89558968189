package org.allybot.teams.auth;

import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature, lifetime and endorsement were checked lately. The Bot Framework sends the
 * same token with many requests; checking it again each time (four JWT parses and an RSA
 * verification in the SDK) would cost most of a request's time. An entry lasts five minutes at
 * most, never past the token's expiry, and is keyed by a digest of channel and token, so the token
 * itself is not kept. The per-request checks (audience, service URL) still run every time.
 *
 * <p>So a remembered token passes exactly when the full check would pass it: the channel (whose
 * endorsement was checked) is part of the key; the entry ends at the token's expiry, before the
 * full check's clock skew would; a token is kept only after it passed every check. A signing key
 * withdrawn from the metadata stays trusted for at most five more minutes here, where the SDK's own
 * key cache keeps it for days.
 */
final class VerifiedTokens {
  static final Duration KEEP = Duration.ofMinutes(5);
  private static final int MAX = 10_000;

  private record Entry(ClaimsIdentity identity, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  Optional<ClaimsIdentity> find(String channelId, String token, Instant now) {
    Entry entry = entries.get(key(channelId, token));
    if (entry == null || !now.isBefore(entry.until())) {
      return Optional.empty();
    }
    return Optional.of(entry.identity());
  }

  void keep(String channelId, String token, ClaimsIdentity identity, Instant expires, Instant now) {
    Instant until = now.plus(KEEP);
    if (expires.isBefore(until)) {
      until = expires;
    }
    if (entries.size() >= MAX) {
      entries.values().removeIf(e -> !now.isBefore(e.until()));
      if (entries.size() >= MAX) {
        entries.clear();
      }
    }
    entries.put(key(channelId, token), new Entry(identity, until));
  }

  private static String key(String channelId, String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] channel = (channelId == null ? "" : channelId).getBytes(StandardCharsets.UTF_8);
      // Length first, so that no other channel and token can run together into the same bytes.
      digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(channel.length).array());
      digest.update(channel);
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
