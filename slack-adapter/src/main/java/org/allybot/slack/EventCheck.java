package org.allybot.slack;

import static org.allybot.slack.InboundCheck.ID_LIMIT;
import static org.allybot.slack.InboundCheck.TEXT_LIMIT;
import static org.allybot.slack.JsonFields.id;
import static org.allybot.slack.JsonFields.longerThan;
import static org.allybot.slack.JsonFields.present;
import static org.allybot.slack.JsonFields.string;

import com.google.gson.JsonObject;
import java.util.Set;
import org.allybot.slack.InboundCheck.Refusal;

/**
 * {@link InboundCheck} for Events API envelopes: the workspace, the event's type, and for the
 * events Allybot handles the member, channel and text they carry.
 */
final class EventCheck {
  private static final Set<String> EVENTS =
      Set.of(
          "message",
          "member_joined_channel",
          "app_home_opened",
          "user_change",
          "app_uninstalled",
          "tokens_revoked");

  private EventCheck() {}

  /** Why an Events API envelope is refused, or null if Allybot can take it. */
  static Refusal check(JsonObject envelope) {
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
}
