package org.allybot.core.xapi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1) in Allybot's own namespace: the same name always
 * gives the same UUID, so a statement rebuilt from the same event keeps its id.
 */
final class NameUuid {
  /** Allybot's xAPI namespace; fixed forever, or every id changes. */
  static final UUID NAMESPACE = UUID.fromString("5b0e6c2a-4f7d-5a8e-9c31-a11b07e2a9d4");

  private NameUuid() {}

  static UUID of(String name) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer namespace = ByteBuffer.allocate(16);
      namespace.putLong(NAMESPACE.getMostSignificantBits());
      namespace.putLong(NAMESPACE.getLeastSignificantBits());
      sha1.update(namespace.array());
      byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
      hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
      hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
      ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
      return new UUID(bits.getLong(), bits.getLong());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }
}
