package org.allybot.core.community;

import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to the community channel and its threads right away, through the workspace's platform, and
 * sends private messages. Logs say what failed and where, never to whom.
 */
final class ChannelPoster {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelPoster.class);

  private final CoreContext core;

  ChannelPoster(CoreContext core) {
    this.core = core;
  }

  /** The bot's texts in a channel's language, for what it posts there. */
  Messages channel(WorkspaceId ws, String channel) {
    return Messages.in(core.languageOf().channel(ws, channel));
  }

  /** The bot's texts in a member's language, for what it tells them. */
  Messages member(UserRef user) {
    return core.languageOf().messages(user);
  }

  /** Posts; a refusal is explained in {@code say}, the language of whoever asked for the post. */
  MessageRef post(Messages say, WorkspaceId ws, String channel, String thread, Message message)
      throws CannotPost {
    ChatPlatform platform = core.platforms().get(ws.platform());
    if (platform == null) {
      throw new CannotPost(say.text("community.cannot.no-platform"));
    }
    try {
      return platform.send(new Recipient(ws, channel, thread), message);
    } catch (DeliveryException.Permanent e) {
      LOG.info("Community post refused in {} of {}: {}", channel, ws.key(), e.getMessage());
      if (!thread.isEmpty() && e.getMessage().contains("not_found")) {
        throw new CannotPost(say.text("community.cannot.thread-gone", "channel", channel));
      }
      throw new CannotPost(
          say.text("community.cannot.refused", "channel", channel, "reason", e.getMessage()));
    } catch (DeliveryException e) {
      LOG.info("Community post delayed in {} of {}: {}", channel, ws.key(), e.getMessage());
      throw new CannotPost(say.text("community.cannot.busy"));
    }
  }

  /** Replaces a posted message; false when the platform could not. */
  boolean update(WorkspaceId ws, String channel, String messageId, Message message) {
    ChatPlatform platform = core.platforms().get(ws.platform());
    if (platform == null || messageId.isEmpty()) {
      return false;
    }
    try {
      platform.update(new MessageRef(ws, channel, messageId), message);
      return true;
    } catch (DeliveryException e) {
      LOG.info("Could not update community message in {} of {}: {}", channel, ws.key(), e);
      return false;
    }
  }

  /** Sends a private message; the returned reference is empty when it could not be delivered. */
  Optional<MessageRef> tell(UserRef user, Message message) {
    ChatPlatform platform = core.platforms().get(user.workspace().platform());
    if (platform == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(platform.send(platform.openDirect(user), message));
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not deliver a private community message in {} ({})",
          user.workspace().key(),
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
