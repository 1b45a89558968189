package org.allybot.core.community;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.store.KeyScan;
import org.allybot.core.store.RedisCommunityStore;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;

/**
 * A workspace with a community channel {@code C1} set by the admin {@code boss}: people ask, advise
 * and reply, and a test reads what the channel, their private messages and the store show.
 */
final class CommunityScene implements AutoCloseable {
  static final String CHANNEL = "C1";

  final CoreHarness h;

  CommunityScene(RedisEndpoint redis) {
    this(new CoreHarness(redis, "boss"));
  }

  CommunityScene(CoreHarness harness) {
    this.h = harness;
    h.say("boss", "community set <#" + CHANNEL + "|allies>");
  }

  /** A scene for each test that takes one; closed after the test. */
  static PerTest<CommunityScene> perTest() {
    return PerTest.of(CommunityScene.class, CommunityScene::new);
  }

  static Actor actor(String id) {
    return Actor.of(CoreHarness.user(id), id);
  }

  Reply say(String who, String text) {
    return h.say(who, text);
  }

  Reply press(String who, String action, String value) {
    return h.press(who, action, value);
  }

  Reply submit(String who, String formId, Map<String, String> values) {
    return submit(actor(who), formId, values);
  }

  Reply submit(Actor who, String formId, Map<String, String> values) {
    return h.bot.handle(new CoreEvent.FormSubmitted(who, formId, values));
  }

  Reply ask(String who, String situation, boolean anonymous) {
    return ask(actor(who), situation, anonymous);
  }

  Reply ask(Actor who, String situation, boolean anonymous) {
    Map<String, String> values = new HashMap<>();
    values.put("situation", situation);
    values.put("anonymous", anonymous ? "yes" : "no");
    return submit(who, "community.ask", values);
  }

  /** A reply typed straight into the thread of channel message {@code threadId}. */
  Reply threadReply(String who, String threadId, String text) {
    return h.bot.handle(new CoreEvent.MessageReceived(actor(who), CHANNEL, threadId, text));
  }

  /** A reply in the private conversation, in the thread of message {@code threadId}. */
  Reply privateReply(Actor who, String threadId, String text) {
    return h.bot.handle(new CoreEvent.MessageReceived(who, "", threadId, text));
  }

  List<RecordingChatPlatform.Sent> channelPosts() {
    return h.platform.sends().stream()
        .filter(s -> s.to().conversationId().equals(CHANNEL))
        .toList();
  }

  RecordingChatPlatform.Sent lastChannelPost() {
    return channelPosts().getLast();
  }

  List<RecordingChatPlatform.Sent> privateTo(String who) {
    return h.platform.sends().stream()
        .filter(s -> s.to().conversationId().equals("D-" + who))
        .toList();
  }

  /** The channel message id of community post {@code number}. */
  String messageOf(int number) {
    return h.bot
        .context()
        .community()
        .store()
        .post(CoreHarness.WORKSPACE, number)
        .orElseThrow()
        .messageId();
  }

  Post post(int number) {
    return h.bot.context().community().store().post(CoreHarness.WORKSPACE, number).orElseThrow();
  }

  /** Every key and value of the community namespace (and its global index), as plain text. */
  String communityNamespace() {
    List<String> keys = keys(RedisCommunityStore.prefix(CoreHarness.WORKSPACE) + "*");
    keys.addAll(keys("ally:global:community*"));
    StringBuilder all = new StringBuilder();
    for (String key : keys) {
      all.append(key).append('\n').append(value(key)).append('\n');
    }
    return all.toString();
  }

  /** Everything in Redis, to show that a search of it can find a member. */
  String everything() {
    StringBuilder all = new StringBuilder();
    for (String key : keys("*")) {
      all.append(key).append('\n').append(value(key)).append('\n');
    }
    return all.toString();
  }

  private String value(String key) {
    return switch (h.redis.type(key)) {
      case "string" -> h.redis.get(key);
      case "hash" -> h.redis.hgetAll(key).toString();
      case "set" -> h.redis.smembers(key).toString();
      case "zset" -> h.redis.zrangeWithScores(key, 0, -1).toString();
      case "list" -> h.redis.lrange(key, 0, -1).toString();
      default -> "";
    };
  }

  private List<String> keys(String pattern) {
    return KeyScan.matching(h.redis, pattern);
  }

  @Override
  public void close() {
    h.close();
  }
}
