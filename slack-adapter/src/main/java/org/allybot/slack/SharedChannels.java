package org.allybot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.model.Conversation;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.DeliveryException;

/**
 * Whether a channel is a Slack Connect channel, shared with another organisation: {@code
 * conversations.info}'s {@code is_ext_shared}, {@code is_pending_ext_shared} or {@code is_shared},
 * cached per instance for {@link #TTL}, so only the first message with a nudge-worthy word in a
 * channel costs a call.
 */
final class SharedChannels {
  static final Duration TTL = Duration.ofMinutes(10);
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(boolean shared, long expiresNanos) {}

  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  boolean shared(Slack slack, String token, String team, String channel) throws DeliveryException {
    String key = team + "|" + channel;
    long now = System.nanoTime();
    Entry e = cache.get(key);
    if (e != null && e.expiresNanos() - now > 0) {
      return e.shared();
    }
    ConversationsInfoResponse r =
        SlackFailures.call(
            () -> slack.methods(token, team).conversationsInfo(q -> q.channel(channel)));
    Conversation c = r.getChannel();
    boolean shared = c == null || c.isExtShared() || c.isPendingExtShared() || c.isShared();
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(key, new Entry(shared, now + TTL.toNanos()));
    return shared;
  }
}
