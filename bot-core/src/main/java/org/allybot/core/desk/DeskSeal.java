package org.allybot.core.desk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;
import org.allybot.core.SecretBox;

/**
 * The desk's cryptography: AES-GCM seals ({@link SecretBox}, purpose "desk") for every value it
 * stores, and keyed tags (HMAC-SHA256) for "is this the same person?". It seals and tags with the
 * current key; it opens and matches with the current key, then with the previous one, so that a key
 * rotation loses nothing while {@code allybot keys rotate} re-seals.
 */
public final class DeskSeal {
  private static final HexFormat HEX = HexFormat.of();

  private final SecretBox current;
  private final SecretKeySpec currentTags;
  private final SecretBox previous;
  private final SecretKeySpec previousTags;

  /** With {@code previous} null when no rotation is under way. */
  public DeskSeal(MasterKey current, MasterKey previous) {
    this.current = SecretBox.of(current, "desk");
    this.currentTags = new SecretKeySpec(current.derive("desk/tag"), "HmacSHA256");
    this.previous = previous == null ? null : SecretBox.of(previous, "desk");
    this.previousTags =
        previous == null ? null : new SecretKeySpec(previous.derive("desk/tag"), "HmacSHA256");
  }

  public String seal(String secret, String context) {
    return current.seal(secret, context);
  }

  /** The secret, opened with the current key or else the previous one; empty when neither. */
  public Optional<String> open(String sealed, String context) {
    return current
        .open(sealed, context)
        .or(() -> previous == null ? Optional.empty() : previous.open(sealed, context));
  }

  /** True when the current key opens it: {@code keys rotate} leaves such values alone. */
  public boolean isCurrent(String sealed, String context) {
    return current.open(sealed, context).isPresent();
  }

  /** A keyed, one-way tag of {@code parts} under the current key. */
  public String tag(String... parts) {
    return tag(currentTags, parts);
  }

  /** The tags {@code parts} may have been stored under: the current key's, then the previous. */
  public List<String> tags(String... parts) {
    List<String> tags = new ArrayList<>();
    tags.add(tag(currentTags, parts));
    if (previousTags != null) {
      tags.add(tag(previousTags, parts));
    }
    return tags;
  }

  /** Whether {@code stored} is the tag of {@code parts} under either key, in constant time. */
  public boolean matches(String stored, String... parts) {
    if (stored == null || stored.isEmpty()) {
      return false;
    }
    byte[] a = stored.getBytes(StandardCharsets.US_ASCII);
    return tags(parts).stream()
        .anyMatch(t -> MessageDigest.isEqual(a, t.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String tag(SecretKeySpec key, String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (String part : parts) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        mac.update(bytes);
      }
      return HEX.formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
