package org.allybot.core.community;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;

/**
 * The community's cryptography: AES-GCM seals for the links that let Allybot notify an anonymous
 * author, and keyed tags (HMAC-SHA256) that answer "is this the same person?" only inside one
 * context. Everything it returns is hex, so no user id can appear in it by chance.
 */
public final class AuthorSeal {
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final HexFormat HEX = HexFormat.of();

  private final SecretKeySpec sealKey;
  private final SecretKeySpec tagKey;
  private final SecureRandom random = new SecureRandom();

  public AuthorSeal(MasterKey key) {
    this.sealKey = new SecretKeySpec(key.derive("community/seal"), "AES");
    this.tagKey = new SecretKeySpec(key.derive("community/tag"), "HmacSHA256");
  }

  /** Encrypts {@code secret}, bound to {@code context}: a seal opens only with the same context. */
  public String seal(String secret, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return HEX.formatHex(
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** The sealed secret, or empty when the seal is blank, damaged or from another context or key. */
  public Optional<String> open(String sealed, String context) {
    if (sealed == null || sealed.isBlank()) {
      return Optional.empty();
    }
    try {
      byte[] raw = HEX.parseHex(sealed);
      if (raw.length <= NONCE_BYTES) {
        return Optional.empty();
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
      return Optional.of(new String(plain, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
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
