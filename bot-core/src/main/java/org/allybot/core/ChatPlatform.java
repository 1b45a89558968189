package org.allybot.core;

import java.time.Instant;
import java.util.List;
import org.allybot.core.message.Message;

/** The outbound port each adapter implements; the delivery engine talks only to this. */
public interface ChatPlatform {
  Platform platform();

  /** Posts a message and returns where it landed. */
  MessageRef send(Recipient recipient, Message message) throws DeliveryException;

  /**
   * Posts a message marked with {@code deliveryKey} (an opaque digest of the delivery's id) where
   * the platform can carry such a mark, so that {@link #findSent} can find it later. Platforms
   * without one post it unmarked.
   */
  default MessageRef send(Recipient recipient, Message message, String deliveryKey)
      throws DeliveryException {
    return send(recipient, message);
  }

  /**
   * Whether a message marked with {@code deliveryKey} was posted to {@code recipient} since {@code
   * since}: how a delivery whose sender died mid-send is settled without a second post. Platforms
   * that cannot look answer {@link PriorSend#UNKNOWN}.
   */
  default PriorSend findSent(Recipient recipient, String deliveryKey, Instant since)
      throws DeliveryException {
    return PriorSend.UNKNOWN;
  }

  /** Replaces a message already posted. */
  void update(MessageRef ref, Message message) throws DeliveryException;

  /**
   * Deletes a message the bot posted. Platforms that cannot delete say so with a permanent failure;
   * one already gone counts as deleted.
   */
  default void delete(MessageRef ref) throws DeliveryException {
    throw new DeliveryException.Permanent("this platform cannot delete messages");
  }

  /** The direct conversation with one member, opened if needed. */
  Recipient openDirect(UserRef user) throws DeliveryException;

  /** The user ids of a channel's members, every page of them. */
  List<String> channelMembers(WorkspaceId workspace, String channelId) throws DeliveryException;

  /**
   * Whether a channel is shared with another organisation (a Slack Connect channel); nudges never
   * run there. Platforms that mark shared channels on each message filter them before the core.
   */
  default boolean sharedWithOtherOrganisations(WorkspaceId workspace, String channelId)
      throws DeliveryException {
    return false;
  }

  /**
   * Whether {@code user} is a person, a bot or unknown to the platform. Platforms that cannot tell
   * answer {@link UserKind#PERSON}, so nothing is refused for want of a lookup.
   */
  default UserKind kindOf(UserRef user) throws DeliveryException {
    return UserKind.PERSON;
  }

  /**
   * Forgets what the adapter itself keeps of {@code user} ("forget me"), such as tokens they
   * granted when they installed the app; the core's own stores are erased apart.
   */
  default void forget(UserRef user) {}
}
