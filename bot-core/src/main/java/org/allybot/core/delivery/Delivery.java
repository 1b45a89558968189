package org.allybot.core.delivery;

import java.util.Map;
import org.allybot.core.WorkspaceId;

/**
 * One message to send: to a member's direct conversation ({@code userId} set) or to a channel
 * ({@code channelId} set). {@code id} is the idempotency key: a delivery with an id already sent is
 * never posted again. {@code kind} and {@code data} tell the composer what to build.
 */
public record Delivery(
    String id,
    WorkspaceId workspace,
    String userId,
    String channelId,
    Kind kind,
    Map<String, String> data) {
  public Delivery {
    data = Map.copyOf(data);
  }

  /**
   * How log lines name this delivery: its kind and a short digest of its id, since the id names the
   * member it is for.
   */
  public String logName() {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(
                  (workspace.key() + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return kind.name().toLowerCase(java.util.Locale.ROOT)
          + "/"
          + java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** What a delivery carries. */
  public enum Kind {
    POLL,
    LESSON,
    CHECK_IN,
    DIGEST,
    INVITE,
    WELCOME,
    NOTICE,
    /** A survey round ({@link #ROUND}) of a campaign, from the question the member is at. */
    SURVEY,
    /** A programme calendar message (invitation, reminder, notice), built at send time. */
    EVENT,
    /** A thanks ({@code recognition}): the recipient's note, or its post in the channel. */
    RECOGNITION
  }

  /** The data key naming a delivery's campaign. */
  public static final String CAMPAIGN = "campaign";

  /** The data key naming a survey delivery's round ({@code baseline}, {@code followup}...). */
  public static final String ROUND = "round";

  public static Delivery toMember(
      String id, WorkspaceId workspace, String userId, Kind kind, Map<String, String> data) {
    return new Delivery(id, workspace, userId, "", kind, data);
  }

  public static Delivery toChannel(
      String id, WorkspaceId workspace, String channelId, Kind kind, Map<String, String> data) {
    return new Delivery(id, workspace, "", channelId, kind, data);
  }

  public boolean isDirect() {
    return !userId.isEmpty();
  }
}
