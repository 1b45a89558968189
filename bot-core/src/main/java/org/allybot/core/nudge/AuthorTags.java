package org.allybot.core.nudge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;
import org.allybot.core.UserRef;

/**
 * A member's tag for nudges: an HMAC under a key derived from the master key, so rate limits,
 * opt-outs and author counts never hold a member id that someone reading Redis could look up.
 */
public final class AuthorTags {
  private final byte[] key;

  public AuthorTags(MasterKey masterKey) {
    this.key = masterKey.derive("nudge-author");
  }

  /** 32 hex characters. */
  public String of(UserRef member) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String input = member.workspace().key() + "\n" + member.userId();
      return HexFormat.of().formatHex(mac.doFinal(input.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
