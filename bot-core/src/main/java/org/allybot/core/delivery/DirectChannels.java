package org.allybot.core.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
  default Recipient recipientFor(UserRef user, ChatPlatform platform) throws DeliveryException {
    long lookedUpAt = System.nanoTime();
    Recipient known = known(List.of(user)).get(user);
    return known != null ? known : open(user, platform, lookedUpAt);
  }

  /** The stored conversations of those of {@code users} who have one, in one read. */
  Map<UserRef, Recipient> known(Collection<UserRef> users);

  /**
   * Opens and stores the conversation of a member {@link #known} did not find, unless a sender of
   * this instance stored one since {@code lookedUpAt} (the {@link System#nanoTime()} just before
   * that lookup): then that one.
   */
  Recipient open(UserRef user, ChatPlatform platform, long lookedUpAt) throws DeliveryException;

  /** Forgets the member's conversation id, so the next delivery opens it again. */
  void forget(UserRef user);
}
