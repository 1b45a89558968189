package org.allybot.core.desk;

import java.util.Optional;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the desk's private messages right away through the workspace's platform. Logs say what
 * failed and where, never to whom or what.
 */
final class DeskMail {
  private static final Logger LOG = LoggerFactory.getLogger(DeskMail.class);

  private final CoreContext core;

  DeskMail(CoreContext core) {
    this.core = core;
  }

  /** Sends a private message; empty when it could not be delivered. */
  Optional<MessageRef> tell(UserRef user, Message message) {
    ChatPlatform platform = core.platforms().get(user.workspace().platform());
    if (platform == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(platform.send(platform.openDirect(user), message));
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not deliver a private desk message in {} ({})",
          user.workspace().key(),
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
