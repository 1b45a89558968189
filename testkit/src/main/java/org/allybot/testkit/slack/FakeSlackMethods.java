package org.allybot.testkit.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fake's answers to each Web API method, shaped like Slack's own JSON. */
final class FakeSlackMethods {
  /** An HTTP status, a JSON body, and a {@code Retry-After} in seconds (0 for none). */
  record Answer(int status, Map<String, Object> body, int retryAfter) {}

  private final FakeSlackState state;

  FakeSlackMethods(FakeSlackState state) {
    this.state = state;
  }

  Answer answer(String method, String token, Map<String, String> p) {
    if (method.equals("response_url")) {
      return ok(Map.of());
    }
    if (method.equals("oauth.v2.access")) {
      return oauth(p);
    }
    if (method.equals("apps.connections.open")) {
      return token.startsWith("xapp-")
          ? ok(Map.of("url", state.socketModeUrl))
          : error("invalid_auth");
    }
    String team = state.tokens.get(token);
    if (team == null) {
      return error(token.isEmpty() ? "not_authed" : "invalid_auth");
    }
    long wait = state.take(method, team, p.getOrDefault("channel", ""));
    if (wait > 0) {
      int seconds = (int) Math.max(1, Math.ceil(wait / 1e9));
      return new Answer(429, Map.of("ok", false, "error", "ratelimited"), seconds);
    }
    return switch (method) {
      case "auth.test" ->
          ok(
              Map.of(
                  "url", "https://allybot-test.slack.com/",
                  "team", "Allybot Test",
                  "user", "allybot",
                  "team_id", team,
                  "user_id", FakeSlackApi.BOT_USER,
                  "bot_id", "B0ALLYBOT00",
                  "is_enterprise_install", false));
      case "chat.postMessage" -> post(p);
      case "chat.update" ->
          ok(Map.of("channel", p.getOrDefault("channel", ""), "ts", p.getOrDefault("ts", "")));
      case "chat.delete" -> delete(p);
      case "chat.postEphemeral" -> ok(Map.of("message_ts", state.nextTs()));
      case "conversations.open" ->
          ok(Map.of("channel", Map.of("id", "D" + p.getOrDefault("users", "").replace(",", ""))));
      case "conversations.members" -> members(p);
      case "conversations.history" -> FakeHistory.answer(state, p);
      case "conversations.info" -> info(p.getOrDefault("channel", ""));
      case "users.info" -> user(team, p.getOrDefault("user", ""), p);
      case "views.publish", "views.open", "views.update" ->
          ok(Map.of("view", Map.of("id", "V" + state.nextTs().replace(".", ""), "type", "modal")));
      default -> error("unknown_method");
    };
  }

  private Answer post(Map<String, String> p) {
    String channel = p.getOrDefault("channel", "");
    String failure = state.channelErrors.get(channel);
    if (failure != null) {
      return error(failure);
    }
    if (channel.isEmpty()) {
      return error("channel_not_found");
    }
    String ts = state.nextTs();
    state.posted.add(
        new SlackPost(channel, ts, p.getOrDefault("text", ""), p.getOrDefault("metadata", "")));
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("user", FakeSlackApi.BOT_USER);
    message.put("text", p.getOrDefault("text", ""));
    message.put("ts", ts);
    if (p.containsKey("thread_ts")) {
      message.put("thread_ts", p.get("thread_ts"));
    }
    return ok(Map.of("channel", channel, "ts", ts, "message", message));
  }

  /** Deletes a posted message, which then no longer shows among the channel's posts. */
  private Answer delete(Map<String, String> p) {
    String channel = p.getOrDefault("channel", "");
    String ts = p.getOrDefault("ts", "");
    boolean removed = state.posted.removeIf(m -> m.channel().equals(channel) && m.ts().equals(ts));
    return removed ? ok(Map.of("channel", channel, "ts", ts)) : error("message_not_found");
  }

  private Answer members(Map<String, String> p) {
    List<String> all = state.channels.get(p.getOrDefault("channel", ""));
    if (all == null) {
      return error("channel_not_found");
    }
    int limit = Math.min(1000, Integer.parseInt(p.getOrDefault("limit", "100")));
    int from = p.getOrDefault("cursor", "").isEmpty() ? 0 : decode(p.get("cursor"));
    int to = Math.min(all.size(), from + limit);
    String next = to < all.size() ? encode(to) : "";
    return ok(
        Map.of("members", all.subList(from, to), "response_metadata", Map.of("next_cursor", next)));
  }

  private Answer info(String channel) {
    if (channel.isEmpty() || state.channelErrors.containsKey(channel)) {
      return error("channel_not_found");
    }
    boolean shared = state.sharedChannels.contains(channel);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", channel);
    c.put("is_channel", !channel.startsWith("G"));
    c.put("is_private", channel.startsWith("G"));
    c.put("is_ext_shared", shared);
    c.put("is_shared", shared);
    c.put("is_pending_ext_shared", false);
    return ok(Map.of("channel", c));
  }

  private Answer user(String team, String id, Map<String, String> p) {
    if (state.missingUsers.contains(id)) {
      return error("user_not_found");
    }
    FakeSlackState.User u =
        state.users.getOrDefault(id, new FakeSlackState.User(id, "Europe/London", false));
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", id);
    user.put("team_id", team);
    user.put("name", id.toLowerCase());
    user.put("real_name", "Member " + id);
    user.put("tz", u.timeZone());
    user.put("tz_label", u.timeZone());
    user.put("tz_offset", 0);
    user.put("is_admin", u.admin());
    user.put("is_owner", false);
    user.put("is_bot", state.bots.contains(id) || id.equals(FakeSlackApi.BOT_USER));
    user.put("deleted", false);
    if (java.util.Set.of("1", "true").contains(p.getOrDefault("include_locale", ""))) {
      user.put("locale", state.locales.getOrDefault(id, "en-US"));
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("display_name", "member-" + id);
    profile.put("real_name", "Member " + id);
    if (state.emails.containsKey(id)) {
      profile.put("email", state.emails.get(id));
    }
    user.put("profile", profile);
    return ok(Map.of("user", user));
  }

  private Answer oauth(Map<String, String> p) {
    FakeSlackState.OAuthCode code = state.oauthCodes.remove(p.getOrDefault("code", ""));
    if (code == null) {
      return error("invalid_code");
    }
    if (!code.clientId().equals(p.get("client_id"))
        || !code.clientSecret().equals(p.get("client_secret"))) {
      return error("invalid_client_id");
    }
    String token = "xoxb-" + code.teamId() + "-1234567890123-InstalledBotTokenForTests";
    state.tokens.put(token, code.teamId());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "bot");
    body.put("scope", "commands,chat:write,im:write,users:read");
    body.put("bot_user_id", FakeSlackApi.BOT_USER);
    body.put("app_id", "A0ALLYBOT00");
    body.put("team", Map.of("id", code.teamId(), "name", "Installed Team"));
    body.put("enterprise", null);
    body.put("is_enterprise_install", false);
    body.put("authed_user", Map.of("id", "U0INSTALLER"));
    return ok(body);
  }

  private static String encode(int offset) {
    return java.util.Base64.getEncoder().encodeToString(("offset:" + offset).getBytes());
  }

  private static int decode(String cursor) {
    return Integer.parseInt(new String(java.util.Base64.getDecoder().decode(cursor)).substring(7));
  }

  static Answer ok(Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("ok", true);
    body.putAll(fields);
    return new Answer(200, body, 0);
  }

  static Answer error(String error) {
    return new Answer(200, Map.of("ok", false, "error", error), 0);
  }
}
