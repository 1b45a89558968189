package org.allybot.core.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;

/**
 * Signed download links for events' calendar files: {@code /calendar/event.ics?w=…&e=…&s=…}. The
 * signature (HMAC-SHA256 under a key derived for this purpose) stops anyone from reading the events
 * of another workspace by guessing names; the file itself names nobody.
 */
public final class IcsLinks {
  /** The server's path for the files. */
  public static final String PATH = "/calendar/event.ics";

  private final byte[] key;

  public IcsLinks(MasterKey master) {
    this.key = master.derive("calendar-ics");
  }

  /** The full link under {@code publicUrl}. */
  public String link(String publicUrl, WorkspaceId ws, String eventId) {
    return publicUrl.replaceAll("/+$", "")
        + PATH
        + "?w="
        + encode(ws.key())
        + "&e="
        + encode(eventId)
        + "&s="
        + sign(ws.key(), eventId);
  }

  /** The workspace a link's parameters name, if its signature is right. */
  public Optional<WorkspaceId> verify(String workspaceKey, String eventId, String signature) {
    if (workspaceKey == null || eventId == null || signature == null) {
      return Optional.empty();
    }
    byte[] expected = sign(workspaceKey, eventId).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    String[] parts = workspaceKey.split(":", 2);
    try {
      return Optional.of(
          new WorkspaceId(Platform.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private String sign(String workspaceKey, String eventId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal((workspaceKey + "\n" + eventId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
