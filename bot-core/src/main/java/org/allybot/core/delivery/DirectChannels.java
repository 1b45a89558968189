package org.allybot.core.delivery;

import org.allybot.core.ChatPlatform;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.UserRef;

/**
 * The direct conversation id of each member, kept so the platform's slow "open a DM" call (Slack's
 * {@code conversations.open} is about 50 a minute) happens once per member, ever.
 */
public interface DirectChannels {
  /** The member's direct conversation, opened through {@code platform} the first time only. */
  Recipient recipientFor(UserRef user, ChatPlatform platform) throws DeliveryException;

  /** Forgets the member's conversation id, so the next delivery opens it again. */
  void forget(UserRef user);
}
