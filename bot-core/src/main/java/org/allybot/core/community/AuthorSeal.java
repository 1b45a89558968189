package org.allybot.core.community;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;
import org.allybot.core.SecretBox;

/**
 * The community's cryptography: AES-GCM seals for the links that let Allybot notify an anonymous
 * author, and keyed tags (HMAC-SHA256) that answer "is this the same person?" only inside one
 * context. Everything it returns is hex, so no user id can appear in it by chance.
 */
public final class AuthorSeal {
  private static final HexFormat HEX = HexFormat.of();

  private final SecretBox box;
  private final SecretKeySpec tagKey;

  public AuthorSeal(MasterKey key) {
    this.box = SecretBox.of(key, "community/seal");
    this.tagKey = new SecretKeySpec(key.derive("community/tag"), "HmacSHA256");
  }

  /** Encrypts {@code secret}, bound to {@code context}: a seal opens only with the same context. */
  public String seal(String secret, String context) {
    return box.seal(secret, context);
  }

  /** The sealed secret, or empty when the seal is blank, damaged or from another context or key. */
  public Optional<String> open(String sealed, String context) {
    return box.open(sealed, context);
  }

  /** A keyed, one-way tag of {@code parts}; equal parts give equal tags, nothing else links. */
  public String tag(String... parts) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(tagKey);
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

  /** Compares two tags in constant time. */
  public static boolean same(String a, String b) {
    return a != null
        && b != null
        && !a.isEmpty()
        && MessageDigest.isEqual(
            a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
