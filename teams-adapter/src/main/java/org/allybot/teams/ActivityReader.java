package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a request body into an activity, checking its shape first and working around the SDK:
 *
 * <ul>
 *   <li>an activity without {@code serviceUrl} makes the SDK throw a NullPointerException deep
 *       inside, so the shape is checked here and a bad one answered with 400;
 *   <li>{@code Activity.timestamp} is declared with a pattern that needs fractional seconds, so a
 *       timestamp such as {@code 2026-11-23T10:00:00Z} fails to read: timestamps are parsed here;
 *   <li>{@code Serialization.treeToValue} returns null instead of failing, so a null is treated as
 *       the failure it is;
 *   <li>ids that name Redis keys have the shape Teams gives them, and text fits Teams' limit.
 * </ul>
 */
final class ActivityReader {
  private static final Set<String> NEEDS_SENDER =
      Set.of(ActivityTypes.MESSAGE, ActivityTypes.INVOKE, ActivityTypes.INSTALLATION_UPDATE);
  private static final int MAX_BODY = 256 * 1024;

  /** Teams refuses a message over about 28 KB; nothing it sends has longer text. */
  static final int TEXT_LIMIT = 28_000;

  private static final int NAME_LIMIT = 256;

  /** Account and conversation ids ({@code 29:1a2b...}, {@code 19:...@thread.tacv2;messageid=1}). */
  private static final Pattern ID = Pattern.compile("[\\x21-\\x7E]{1,512}");

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private ActivityReader() {}

  static InboundActivity read(String body) throws BadActivity {
    if (body == null || body.isBlank()) {
      throw new BadActivity("empty body");
    }
    if (body.length() > MAX_BODY) {
      throw new BadActivity("body too large");
    }
    JsonNode raw;
    try {
      raw = Serialization.jsonToTree(body);
    } catch (IOException e) {
      throw new BadActivity("body is not JSON");
    }
    checkShape(raw);
    // The timestamps are read here, not by the SDK; nothing else needs them in the JSON.
    JsonNode timestamp = ((ObjectNode) raw).remove("timestamp");
    JsonNode localTimestamp = ((ObjectNode) raw).remove("localTimestamp");
    Activity activity;
    try {
      activity = Serialization.treeToValue(raw, Activity.class);
    } catch (IllegalArgumentException e) {
      activity = null;
    }
    if (activity == null) {
      throw new BadActivity("not a valid activity");
    }
    activity.setTimestamp(time(timestamp));
    activity.setLocalTimestamp(time(localTimestamp));
    return new InboundActivity(activity, raw);
  }

  private static void checkShape(JsonNode raw) throws BadActivity {
    if (!raw.isObject()) {
      throw new BadActivity("body is not a JSON object");
    }
    String type = raw.path("type").asText("");
    if (type.isEmpty()) {
      throw new BadActivity("activity without type");
    }
    String serviceUrl = raw.path("serviceUrl").asText("");
    if (!serviceUrl.startsWith("https://") && !serviceUrl.startsWith("http://")) {
      throw new BadActivity("activity without a valid serviceUrl");
    }
    if (raw.path("channelId").asText("").isEmpty()) {
      throw new BadActivity("activity without channelId");
    }
    if (raw.path("conversation").path("id").asText("").isEmpty()) {
      throw new BadActivity("activity without conversation id");
    }
    if (NEEDS_SENDER.contains(type) && raw.path("from").path("id").asText("").isEmpty()) {
      throw new BadActivity("activity without sender");
    }
    checkIds(raw);
  }

  /**
   * Ids name Redis keys and turn up in logs: each must have the shape Teams gives it, and text must
   * fit Teams' own limit. Absent (or null) optional fields are fine.
   */
  private static void checkIds(JsonNode raw) throws BadActivity {
    if (!ID.matcher(raw.path("conversation").path("id").asText("")).matches()) {
      throw new BadActivity("conversation id not a Teams id");
    }
    JsonNode from = raw.path("from");
    if (present(from, "id") && !ID.matcher(from.get("id").asText("")).matches()) {
      throw new BadActivity("sender id not a Teams id");
    }
    if (present(from, "aadObjectId")
        && !GUID.matcher(from.get("aadObjectId").asText("")).matches()) {
      throw new BadActivity("sender's AAD object id not a GUID");
    }
    if (from.path("name").asText("").length() > NAME_LIMIT) {
      throw new BadActivity("sender's name too long");
    }
    if (raw.path("text").asText("").length() > TEXT_LIMIT) {
      throw new BadActivity("text over " + TEXT_LIMIT + " characters");
    }
  }

  private static boolean present(JsonNode node, String field) {
    return node.has(field) && !node.get(field).isNull();
  }

  /** An ISO-8601 time with or without fractional seconds; null when absent or unreadable. */
  static OffsetDateTime time(JsonNode node) {
    if (node == null || !node.isTextual()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(node.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
