package org.allybot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fake's {@code conversations.history}: the bot's posts to one conversation, newest first, from
 * {@code oldest} on (exclusive, as Slack's default), {@code limit} a page with an offset cursor,
 * each with its {@code metadata} when {@code include_all_metadata} is true.
 */
final class FakeHistory {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeHistory() {}

  static FakeSlackMethods.Answer answer(FakeSlackState state, Map<String, String> p) {
    String channel = p.getOrDefault("channel", "");
    if (channel.isEmpty() || state.channelErrors.containsKey(channel)) {
      return FakeSlackMethods.error("channel_not_found");
    }
    BigDecimal oldest = new BigDecimal(p.getOrDefault("oldest", "0"));
    boolean metadata = List.of("1", "true").contains(p.getOrDefault("include_all_metadata", ""));
    List<SlackPost> posts = new ArrayList<>();
    for (SlackPost post : state.posted) {
      if (post.channel().equals(channel) && new BigDecimal(post.ts()).compareTo(oldest) > 0) {
        posts.add(post);
      }
    }
    posts = posts.reversed();
    int limit = Math.clamp(Integer.parseInt(p.getOrDefault("limit", "100")), 1, 999);
    int from = p.getOrDefault("cursor", "").isEmpty() ? 0 : Integer.parseInt(p.get("cursor"));
    int to = Math.min(posts.size(), from + limit);
    List<Map<String, Object>> messages = new ArrayList<>();
    for (SlackPost post : posts.subList(Math.min(from, to), to)) {
      messages.add(message(post, metadata));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messages", messages);
    body.put("has_more", to < posts.size());
    body.put("response_metadata", Map.of("next_cursor", to < posts.size() ? "" + to : ""));
    return FakeSlackMethods.ok(body);
  }

  private static Map<String, Object> message(SlackPost post, boolean withMetadata) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "message");
    m.put("user", FakeSlackApi.BOT_USER);
    m.put("text", post.text());
    m.put("ts", post.ts());
    if (withMetadata && !post.metadata().isEmpty()) {
      try {
        m.put("metadata", JSON.readValue(post.metadata(), Map.class));
      } catch (IOException e) {
        throw new IllegalStateException("metadata is not JSON: " + post.metadata(), e);
      }
    }
    return m;
  }
}
