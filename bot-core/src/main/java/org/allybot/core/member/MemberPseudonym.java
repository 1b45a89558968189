package org.allybot.core.member;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;
import org.allybot.core.UserRef;

/**
 * A member's pseudonym within one campaign: an HMAC under a key derived from the master key. The
 * same member in the same campaign always gets the same pseudonym, so that answers before and after
 * can be paired, and forget-me can find them again, without storing who gave them.
 */
public final class MemberPseudonym {
  private final byte[] key;

  public MemberPseudonym(MasterKey masterKey) {
    this.key = masterKey.derive("member-pseudonym");
  }

  /** 32 hex characters; reveals nothing of the member without the key. */
  public String of(UserRef member, String campaignId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String input = member.workspace().key() + "\n" + member.userId() + "\n" + campaignId;
      byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
