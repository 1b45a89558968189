package org.allybot.core.desk;

import java.util.Optional;
import java.util.function.Function;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the desk's private messages right away through the workspace's platform, each in its
 * reader's language (a rota member, HR or the reporter; each may read another). Logs say what
 * failed and where, never to whom or what.
 */
final class DeskMail {
  private static final Logger LOG = LoggerFactory.getLogger(DeskMail.class);

  private final CoreContext core;

  DeskMail(CoreContext core) {
    this.core = core;
  }

  /** Sends a private message, written in the person's own language; empty when undelivered. */
  Optional<MessageRef> tell(UserRef user, Function<Messages, Message> compose) {
    Message message = compose.apply(core.languageOf().messages(user));
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
