package org.allybot.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The configured secret ({@code ALLYBOT_SECRET_KEY}, 32 bytes) from which each feature derives its
 * own keys; it never prints itself.
 */
public final class MasterKey {
  public static final int BYTES = 32;

  private final byte[] bytes;

  private MasterKey(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** Reads a base64 key; throws {@link IllegalArgumentException} unless it is 32 bytes. */
  public static MasterKey fromBase64(String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not base64");
    }
    if (raw.length != BYTES) {
      throw new IllegalArgumentException("must be " + BYTES + " bytes, not " + raw.length);
    }
    return new MasterKey(raw);
  }

  public static MasterKey generate() {
    byte[] raw = new byte[BYTES];
    new SecureRandom().nextBytes(raw);
    return new MasterKey(raw);
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** A 32-byte key for one purpose, so that no two features ever share key material. */
  public byte[] derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
      return mac.doFinal(("allybot/" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MasterKey k && java.security.MessageDigest.isEqual(bytes, k.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(derive("hash-code"));
  }

  @Override
  public String toString() {
    return "MasterKey[hidden]";
  }
}
