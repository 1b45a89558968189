package org.allybot.slack.handler;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads a {@code block_actions} payload in one streaming pass, keeping only the fields a {@link
 * Click} needs and skipping the rest (the clicked message's blocks, the state). Bolt builds a new
 * Gson and binds the whole payload for every request, which is most of the cost of a busy poll.
 */
final class ClickReader {
  private ClickReader() {}

  /** The click, or empty if the payload is not a {@code block_actions} with an action. */
  static Optional<Click> read(String json) {
    try (JsonReader in = new JsonReader(new StringReader(json))) {
      Fields f = new Fields();
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "type" -> f.type = string(in);
          case "team" -> f.teamId = idOf(in);
          case "user" -> user(in, f);
          case "channel" -> f.channelId = idOf(in);
          case "view" -> f.viewType = viewType(in);
          case "response_url" -> f.responseUrl = string(in);
          case "trigger_id" -> f.triggerId = string(in);
          case "actions" -> actions(in, f);
          default -> in.skipValue();
        }
      }
      in.endObject();
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException("trailing content after the payload");
      }
      return f.click();
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException("malformed payload", e);
    }
  }

  private static void user(JsonReader in, Fields f) throws IOException {
    if (!object(in)) {
      return;
    }
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "id" -> f.userId = string(in);
        case "name" -> f.userName = string(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
  }

  private static void actions(JsonReader in, Fields f) throws IOException {
    if (in.peek() != JsonToken.BEGIN_ARRAY) {
      in.skipValue();
      return;
    }
    in.beginArray();
    if (in.hasNext()) {
      f.hasAction = true;
      if (object(in)) {
        while (in.hasNext()) {
          switch (in.nextName()) {
            case "action_id" -> f.actionId = string(in);
            case "value" -> f.value = string(in);
            case "action_ts" -> f.actionTs = string(in);
            case "selected_option" -> f.selectedValue = valueOf(in);
            default -> in.skipValue();
          }
        }
        in.endObject();
      }
    }
    while (in.hasNext()) {
      in.skipValue();
    }
    in.endArray();
  }

  private static String idOf(JsonReader in) throws IOException {
    return field(in, "id");
  }

  private static String valueOf(JsonReader in) throws IOException {
    return field(in, "value");
  }

  private static String viewType(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      in.skipValue();
      return "";
    }
    String type = field(in, "type");
    return type == null ? "view" : type;
  }

  /** One string field of an object (null if absent, or if the value is null). */
  private static String field(JsonReader in, String name) throws IOException {
    if (!object(in)) {
      return null;
    }
    String found = null;
    while (in.hasNext()) {
      if (in.nextName().equals(name)) {
        found = string(in);
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    return found;
  }

  /** Begins an object; false (having skipped the value) if it is not one. */
  private static boolean object(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      in.skipValue();
      return false;
    }
    in.beginObject();
    return true;
  }

  /** A string, number or boolean as text; null for null, an object or an array. */
  private static String string(JsonReader in) throws IOException {
    return switch (in.peek()) {
      case STRING, NUMBER -> in.nextString();
      case BOOLEAN -> Boolean.toString(in.nextBoolean());
      default -> {
        in.skipValue();
        yield null;
      }
    };
  }

  /** What the pass found, before it is checked to be a click. */
  private static final class Fields {
    String type;
    String teamId;
    String userId;
    String userName;
    String channelId;
    String viewType = "";
    String responseUrl;
    String triggerId;
    boolean hasAction;
    String actionId;
    String value;
    String selectedValue;
    String actionTs;

    Optional<Click> click() {
      if (!"block_actions".equals(type) || !hasAction) {
        return Optional.empty();
      }
      String chosen = selectedValue != null ? selectedValue : value;
      return Optional.of(
          new Click(
              teamId,
              userId,
              userName,
              actionId,
              chosen == null ? "" : chosen,
              actionTs,
              triggerId,
              responseUrl,
              channelId == null ? "" : channelId,
              viewType));
    }
  }
}
