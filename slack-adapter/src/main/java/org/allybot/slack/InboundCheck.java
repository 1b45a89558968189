package org.allybot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.Set;

/**
 * Checks the fields of a signed, well-formed request that Allybot reads before any handler runs:
 * ids of the shape Slack gives them ({@link SlackIds}), required fields present, text within
 * Slack's own limits. A request that fails is refused with a {@link Refusal} that names the kind of
 * request and the reason, from fixed words: never the request's text, which may be hostile.
 */
final class InboundCheck {
  /** Slack truncates a message's text at 40,000 characters; nothing it sends is longer. */
  static final int TEXT_LIMIT = 40_000;

  /** A button's or option's value. */
  static final int VALUE_LIMIT = 2_000;

  /** An {@code action_id}, {@code block_id} or {@code callback_id}. */
  static final int ID_LIMIT = 255;

  /** A view's {@code private_metadata}. */
  static final int METADATA_LIMIT = 3_000;

  private static final Set<String> INTERACTIONS =
      Set.of(
          "block_actions",
          "block_suggestion",
          "view_submission",
          "view_closed",
          "shortcut",
          "message_action");
  private static final Set<String> EVENTS =
      Set.of(
          "message",
          "member_joined_channel",
          "app_home_opened",
          "user_change",
          "app_uninstalled",
          "tokens_revoked");

  /**
   * A refused request: its kind, why, and for a slash command what to tell the member. It is acked
   * (200), since Slack retries anything else, unless its body is no JSON at all ({@link
   * #malformed}: 400, as for any other malformed body).
   */
  record Refusal(String kind, String reason, String answer, int status) {
    Refusal(String kind, String reason, String answer) {
      this(kind, reason, answer, 200);
    }

    Refusal(String kind, String reason) {
      this(kind, reason, "");
    }

    static Refusal malformed() {
      return new Refusal("request", "not readable JSON", "", 400);
    }
  }

  private InboundCheck() {}

  /** Why {@code body} is refused, or null if Allybot can take it. */
  static Refusal check(PayloadShape body) {
    try {
      if (body.interaction() != null) {
        return interaction(JsonParser.parseString(body.interaction()).getAsJsonObject());
      }
      if (body.form().containsKey("command")) {
        return command(body.form());
      }
      if (body.form().isEmpty()) {
        return event(JsonParser.parseString(body.text()).getAsJsonObject());
      }
      return null;
    } catch (RuntimeException e) {
      return Refusal.malformed();
    }
  }

  private static Refusal command(Map<String, String> form) {
    String kind = "slash command";
    String problem = ids(form.get("team_id"), form.get("user_id"));
    if (problem == null && !SlackIds.channel(form.get("channel_id"))) {
      problem = "channel id missing or not a Slack id";
    }
    if (problem == null && !fits(form.get("user_name"), ID_LIMIT, true)) {
      problem = "user name too long";
    }
    if (problem != null) {
      return new Refusal(kind, problem, InboundTexts.UNREADABLE);
    }
    String text = form.getOrDefault("text", "");
    if (text.length() > TEXT_LIMIT) {
      return new Refusal(kind, "text over " + TEXT_LIMIT + " characters", InboundTexts.TOO_LONG);
    }
    String command = form.get("command");
    if (command.length() > ID_LIMIT) {
      return new Refusal(kind, "command name too long", InboundTexts.UNREADABLE);
    }
    return null;
  }

  private static Refusal interaction(JsonObject p) {
    String type = string(p, "type");
    if (type == null || !INTERACTIONS.contains(type)) {
      return null; // not one Allybot handles: Bolt answers it without a handler
    }
    String problem = ids(id(p, "team"), id(p, "user"));
    if (problem == null && present(p, "channel") && !SlackIds.channel(id(p, "channel"))) {
      problem = "channel id not a Slack id";
    }
    if (problem == null) {
      problem = longerThan(p.get("user"), "name", ID_LIMIT);
    }
    if (problem == null) {
      problem = longerThan(p.get("user"), "username", ID_LIMIT);
    }
    if (problem == null) {
      problem =
          switch (type) {
            case "block_actions" -> action(p);
            case "view_submission", "view_closed" -> view(p);
            case "shortcut" -> callbackId(p);
            case "message_action" -> {
              String id = callbackId(p);
              yield id != null ? id : longerThan(p.get("message"), "text", TEXT_LIMIT);
            }
            case "block_suggestion" ->
                fits(string(p, "action_id"), ID_LIMIT, false)
                    ? null
                    : "action id missing or too long";
            default -> null;
          };
    }
    return problem == null ? null : new Refusal(type, problem);
  }

  private static String action(JsonObject p) {
    if (!(p.get("actions") instanceof JsonArray actions) || actions.isEmpty()) {
      return "no action";
    }
    if (!(actions.get(0) instanceof JsonObject a)) {
      return "action not an object";
    }
    if (!fits(string(a, "action_id"), ID_LIMIT, false)) {
      return "action id missing or too long";
    }
    String value = string(a, "value");
    if (value != null && value.length() > VALUE_LIMIT) {
      return "value over " + VALUE_LIMIT + " characters";
    }
    return longerThan(a.get("selected_option"), "value", VALUE_LIMIT);
  }

  private static String view(JsonObject p) {
    if (!(p.get("view") instanceof JsonObject v)) {
      return "no view";
    }
    String callback = callbackId(v);
    if (callback != null) {
      return callback;
    }
    if (!fits(string(v, "private_metadata"), METADATA_LIMIT, true)) {
      return "private metadata not text or too long";
    }
    return longestText(v.get("state")) > TEXT_LIMIT ? "a field over the text limit" : null;
  }

  /** Bolt finds handlers by callback id, and has none for a request without one. */
  private static String callbackId(JsonObject o) {
    return fits(string(o, "callback_id"), ID_LIMIT, false)
        ? null
        : "callback id missing or too long";
  }

  private static Refusal event(JsonObject envelope) {
    if (!"event_callback".equals(string(envelope, "type"))) {
      return null; // url_verification, app_rate_limited: Bolt answers them
    }
    if (!SlackIds.team(string(envelope, "team_id"))) {
      return new Refusal("event", "team id missing or not a Slack id");
    }
    if (!(envelope.get("event") instanceof JsonObject e) || string(e, "type") == null) {
      return new Refusal("event", "no event type");
    }
    String type = EVENTS.contains(string(e, "type")) ? string(e, "type") : "event";
    if (e.has("user")
        && !SlackIds.user(e.get("user").isJsonObject() ? id(e, "user") : string(e, "user"))) {
      // Bolt's own middleware reads it as text, before any handler: null or a list would throw.
      return new Refusal("event " + type, "user id not a Slack id");
    }
    String problem =
        switch (type) {
          case "message" -> message(e);
          case "member_joined_channel" ->
              !SlackIds.user(string(e, "user"))
                  ? "user id missing or not a Slack id"
                  : channelProblem(string(e, "channel"));
          case "app_home_opened" ->
              SlackIds.user(string(e, "user")) ? null : "user id missing or not a Slack id";
          case "user_change" -> userChange(e);
          default -> null;
        };
    return problem == null ? null : new Refusal("event " + type, problem);
  }

  private static String userChange(JsonObject e) {
    if (!SlackIds.user(id(e, "user"))) {
      return "user id missing or not a Slack id";
    }
    JsonObject user = e.getAsJsonObject("user");
    if (present(user, "team_id") && !SlackIds.team(string(user, "team_id"))) {
      return "user's team id not a Slack id";
    }
    for (String name : new String[] {"name", "real_name", "tz"}) {
      if (longerThan(user, name, ID_LIMIT) != null) {
        return "user's " + name + " too long";
      }
    }
    return longerThan(user.get("profile"), "display_name", ID_LIMIT) == null
        ? null
        : "user's display name too long";
  }

  private static String message(JsonObject e) {
    if (present(e, "user") && !SlackIds.user(string(e, "user"))) {
      return "user id not a Slack id";
    }
    String text = string(e, "text");
    if (text != null && text.length() > TEXT_LIMIT) {
      return "text over " + TEXT_LIMIT + " characters";
    }
    return present(e, "user") ? channelProblem(string(e, "channel")) : null;
  }

  private static String channelProblem(String channel) {
    return SlackIds.channel(channel) ? null : "channel id missing or not a Slack id";
  }

  private static String ids(String team, String user) {
    if (!SlackIds.team(team)) {
      return "team id missing or not a Slack id";
    }
    return SlackIds.user(user) ? null : "user id missing or not a Slack id";
  }

  /** {@code name} of an object field {@code parent}, if it is text over {@code limit}. */
  private static String longerThan(JsonElement parent, String name, int limit) {
    if (!(parent instanceof JsonObject o)) {
      return null;
    }
    String text = string(o, name);
    return text != null && text.length() > limit ? name + " over " + limit + " characters" : null;
  }

  private static int longestText(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return 0;
    }
    if (e.isJsonPrimitive()) {
      return e.getAsString().length();
    }
    Iterable<JsonElement> children =
        e.isJsonArray() ? e.getAsJsonArray() : e.getAsJsonObject().asMap().values();
    int longest = 0;
    for (JsonElement child : children) {
      longest = Math.max(longest, longestText(child));
    }
    return longest;
  }

  private static boolean fits(String text, int limit, boolean optional) {
    return text == null ? optional : text.length() <= limit;
  }

  private static boolean present(JsonObject o, String name) {
    return o.has(name) && !o.get(name).isJsonNull();
  }

  /** The {@code id} of object field {@code name}; null if absent or not text. */
  private static String id(JsonObject o, String name) {
    return o.get(name) instanceof JsonObject inner ? string(inner, "id") : null;
  }

  /** A text field; null if absent or of another type. */
  private static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
        ? e.getAsString()
        : null;
  }
}
