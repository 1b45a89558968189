package org.allybot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Request bodies shaped as Slack sends them: slash commands, interactions and events. */
public final class SlackPayloads {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackPayloads() {}

  /** A {@code /ally} slash command, form-encoded. */
  public static String command(
      String team, String user, String text, String responseUrl, String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-verification-token");
    form.put("team_id", team);
    form.put("team_domain", "allybot-test");
    form.put("channel_id", "C0GENERAL01");
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", user.toLowerCase());
    form.put("command", "/ally");
    form.put("text", text);
    form.put("api_app_id", "A0ALLYBOT00");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return form(form);
  }

  /** A {@code block_actions} payload for one button in a message (or the home tab). */
  public static String blockAction(
      String team,
      String user,
      String actionId,
      String value,
      String responseUrl,
      String triggerId,
      boolean inHome) {
    ObjectNode p = base("block_actions", team, user, triggerId);
    if (inHome) {
      p.putObject("container").put("type", "view").put("view_id", "VHOME");
      p.putObject("view").put("id", "VHOME").put("type", "home");
    } else {
      p.putObject("container")
          .put("type", "message")
          .put("message_ts", "1700000000.000100")
          .put("channel_id", "D" + user)
          .put("is_ephemeral", false);
      p.putObject("channel").put("id", "D" + user).put("name", "directmessage");
      p.putObject("message").put("type", "message").put("ts", "1700000000.000100");
      p.put("response_url", responseUrl);
    }
    ArrayNode actions = p.putArray("actions");
    actions
        .addObject()
        .put("type", "button")
        .put("action_id", actionId)
        .put("block_id", "b1")
        .put("value", value)
        .put("action_ts", "1700000001.000200")
        .putObject("text")
        .put("type", "plain_text")
        .put("text", "Option");
    return interaction(p);
  }

  /** An options request ({@code block_suggestion}) for a menu with external options. */
  public static String blockSuggestion(String team, String user, String actionId, String typed) {
    ObjectNode p = base("block_suggestion", team, user, "");
    p.remove("trigger_id");
    p.put("action_id", actionId).put("block_id", "b1").put("value", typed);
    p.putObject("container").put("type", "view").put("view_id", "V0MODAL0001");
    return interaction(p);
  }

  /** A modal's {@code view_submission}: {@code values} are block id to the plain value entered. */
  public static String viewSubmission(
      String team,
      String user,
      String callbackId,
      Map<String, String> values,
      String privateMetadata,
      String triggerId) {
    ObjectNode p = base("view_submission", team, user, triggerId);
    ObjectNode view = p.putObject("view");
    view.put("id", "VMODAL" + triggerId.hashCode())
        .put("type", "modal")
        .put("callback_id", callbackId)
        .put("private_metadata", privateMetadata)
        .put("hash", "1700000000.abcdef");
    ObjectNode state = view.putObject("state").putObject("values");
    values.forEach((block, value) ->
        state
            .putObject(block)
            .putObject(block)
            .put("type", "plain_text_input")
            .put("value", value));
    return interaction(p);
  }

  /**
   * A modal's {@code view_submission} whose {@code state.values} are given whole (block id to
   * action id to element state), for elements other than text inputs: {@code users_select} with
   * {@code selected_user}, {@code static_select} with {@code selected_option}.
   */
  public static String viewSubmission(
      String team,
      String user,
      String callbackId,
      ObjectNode stateValues,
      String privateMetadata,
      String triggerId) {
    ObjectNode p = base("view_submission", team, user, triggerId);
    ObjectNode view = p.putObject("view");
    view.put("id", "VMODAL" + triggerId.hashCode())
        .put("type", "modal")
        .put("callback_id", callbackId)
        .put("private_metadata", privateMetadata)
        .put("hash", "1700000000.abcdef");
    view.putObject("state").set("values", stateValues);
    return interaction(p);
  }

  /** A global or message shortcut; {@code message} is null for a global one. */
  public static String shortcut(
      String team, String user, String callbackId, String triggerId, ObjectNode message) {
    ObjectNode p = base(message == null ? "shortcut" : "message_action", team, user, triggerId);
    p.put("callback_id", callbackId).put("action_ts", "1700000002.000300");
    if (message != null) {
      p.set("message", message);
      p.putObject("channel").put("id", "C0GENERAL01").put("name", "general");
      p.put("response_url", "https://hooks.invalid/none");
    }
    return interaction(p);
  }

  /** A message as it appears inside a message shortcut. */
  public static ObjectNode message(String author, String text) {
    return JSON.createObjectNode()
        .put("type", "message")
        .put("user", author)
        .put("text", text)
        .put("ts", "1700000000.000500");
  }

  /** An Events API envelope around {@code event}, with its {@code event_id}. */
  public static String event(String team, String eventId, ObjectNode event) {
    ObjectNode p = JSON.createObjectNode();
    p.put("token", "legacy-verification-token")
        .put("team_id", team)
        .put("api_app_id", "A0ALLYBOT00")
        .put("type", "event_callback")
        .put("event_id", eventId)
        .put("event_time", 1_700_000_000L);
    p.set("event", event);
    p.putArray("authorizations")
        .addObject()
        .put("team_id", team)
        .put("user_id", FakeSlackApi.BOT_USER)
        .put("is_bot", true);
    return p.toString();
  }

  /** An empty event of {@code type}, to fill in. */
  public static ObjectNode eventOf(String type) {
    return JSON.createObjectNode().put("type", type).put("event_ts", "1700000000.000900");
  }

  private static ObjectNode base(String type, String team, String user, String triggerId) {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", type).put("token", "legacy-verification-token").put("trigger_id", triggerId);
    p.put("api_app_id", "A0ALLYBOT00");
    p.putObject("team").put("id", team).put("domain", "allybot-test");
    p.putObject("user")
        .put("id", user)
        .put("username", user.toLowerCase())
        .put("name", user.toLowerCase())
        .put("team_id", team);
    return p;
  }

  private static String interaction(ObjectNode payload) {
    return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
