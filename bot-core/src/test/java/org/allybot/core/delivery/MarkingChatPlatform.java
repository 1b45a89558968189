package org.allybot.core.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.ChatPlatform;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.PriorSend;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;

/**
 * A platform that keeps each post's delivery key, as Slack's message metadata does, and finds it
 * again ({@link #findSent}); or, {@link #cannotLook}, a platform that cannot look (Teams).
 */
final class MarkingChatPlatform implements ChatPlatform {
  private final Map<String, MessageRef> byKey = new LinkedHashMap<>();
  private final List<String> posts = new ArrayList<>();
  private final List<Instant> looks = new ArrayList<>();
  private boolean canLook = true;

  synchronized MarkingChatPlatform cannotLook() {
    canLook = false;
    return this;
  }

  /** As if an earlier sender's post of {@code delivery} had arrived before it died. */
  synchronized void arrivedBefore(Delivery delivery, Recipient to) {
    byKey.put(
        SendClaims.key(delivery), new MessageRef(to.workspace(), to.conversationId(), "earlier"));
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public MessageRef send(Recipient to, Message message) {
    return send(to, message, "");
  }

  @Override
  public synchronized MessageRef send(Recipient to, Message message, String deliveryKey) {
    MessageRef ref = new MessageRef(to.workspace(), to.conversationId(), "m" + posts.size());
    posts.add(message.summary());
    byKey.put(deliveryKey, ref);
    return ref;
  }

  @Override
  public synchronized PriorSend findSent(Recipient to, String deliveryKey, Instant since) {
    looks.add(since);
    if (!canLook) {
      return PriorSend.UNKNOWN;
    }
    MessageRef ref = byKey.get(deliveryKey);
    return ref == null ? PriorSend.NOT_FOUND : new PriorSend.Found(ref);
  }

  /** The summaries of the messages posted here (not those {@link #arrivedBefore}). */
  synchronized List<String> posts() {
    return List.copyOf(posts);
  }

  /** The {@code since} of each look, in order. */
  synchronized List<Instant> looks() {
    return List.copyOf(looks);
  }

  @Override
  public void update(MessageRef ref, Message message) {}

  @Override
  public Recipient openDirect(UserRef user) {
    return new Recipient(user.workspace(), "D" + user.userId());
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId) {
    return List.of();
  }
}
