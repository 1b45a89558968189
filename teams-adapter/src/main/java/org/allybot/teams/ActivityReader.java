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

/**
 * Reads a request body into an activity, checking its shape first and working around the SDK:
 *
 * <ul>
 *   <li>an activity without {@code serviceUrl} makes the SDK throw a NullPointerException deep
 *       inside, so the shape is checked here and a bad one answered with 400;
 *   <li>{@code Activity.timestamp} is declared with a pattern that needs fractional seconds, so a
 *       timestamp such as {@code 2026-11-23T10:00:00Z} fails to read: timestamps are parsed here;
 *   <li>{@code Serialization.treeToValue} returns null instead of failing, so a null is treated as
 *       the failure it is.
 * </ul>
 */
final class ActivityReader {
  private static final Set<String> NEEDS_SENDER =
      Set.of(ActivityTypes.MESSAGE, ActivityTypes.INVOKE, ActivityTypes.INSTALLATION_UPDATE);
  private static final int MAX_BODY = 256 * 1024;

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
