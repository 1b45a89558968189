package org.allybot.slack;

import static org.allybot.slack.JsonFields.fits;
import static org.allybot.slack.JsonFields.id;
import static org.allybot.slack.JsonFields.longerThan;
import static org.allybot.slack.JsonFields.present;
import static org.allybot.slack.JsonFields.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
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

  private static final String UNREADABLE = "inbound.unreadable";
  private static final String TOO_LONG = "inbound.too-long";

  private static final Set<String> INTERACTIONS =
      Set.of(
          "block_actions",
          "block_suggestion",
          "view_submission",
          "view_closed",
          "shortcut",
          "message_action");

  /**
   * A refused request: its kind, why, and for a slash command the bundle key of what to tell the
   * member ({@code answerKey}), with the team and user ids it came with to find their language. It
   * is acked (200), since Slack retries anything else, unless its body is no JSON at all ({@link
   * #malformed}: 400, as for any other malformed body).
   */
  record Refusal(
      String kind, String reason, String answerKey, String team, String user, int status) {
    Refusal(String kind, String reason, String answerKey, Map<String, String> form) {
      this(kind, reason, answerKey, form.get("team_id"), form.get("user_id"), 200);
    }

    Refusal(String kind, String reason) {
      this(kind, reason, "", null, null, 200);
    }

    static Refusal malformed() {
      return new Refusal("request", "not readable JSON", "", null, null, 400);
    }

    /** What to tell the member, in their language, or empty when nothing is said. */
    String answer(MemberLanguage languages) {
      return answerKey.isEmpty()
          ? ""
          : languages.of(team, user).text(answerKey, "platform", "slack");
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
        return EventCheck.check(JsonParser.parseString(body.text()).getAsJsonObject());
      }
      return null;
    } catch (RuntimeException e) {
      return Refusal.malformed();
    }
  }

  /**
   * Why a Socket Mode envelope's payload is refused, or null: the same rules, for the JSON that
   * Socket Mode carries where HTTP has a form (a slash command's fields, an interaction's payload).
   */
  static Refusal socketMode(String json) {
    try {
      JsonObject o = JsonParser.parseString(json).getAsJsonObject();
      if (o.has("command")) {
        Map<String, String> fields = new HashMap<>();
        o.entrySet().stream()
            .filter(e -> e.getValue().isJsonPrimitive())
            .forEach(e -> fields.put(e.getKey(), e.getValue().getAsString()));
        return command(fields);
      }
      return "event_callback".equals(string(o, "type")) ? EventCheck.check(o) : interaction(o);
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
      return new Refusal(kind, problem, UNREADABLE, form);
    }
    String text = form.getOrDefault("text", "");
    if (text.length() > TEXT_LIMIT) {
      return new Refusal(kind, "text over " + TEXT_LIMIT + " characters", TOO_LONG, form);
    }
    String command = form.get("command");
    if (command == null || command.length() > ID_LIMIT) {
      return new Refusal(kind, "command name too long", UNREADABLE, form);
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

  private static String ids(String team, String user) {
    if (!SlackIds.team(team)) {
      return "team id missing or not a Slack id";
    }
    return SlackIds.user(user) ? null : "user id missing or not a Slack id";
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
}
