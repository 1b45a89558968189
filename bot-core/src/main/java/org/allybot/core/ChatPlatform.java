package org.allybot.core;

import java.util.List;
import org.allybot.core.message.Message;

/** The outbound port each adapter implements; the delivery engine talks only to this. */
public interface ChatPlatform {
  Platform platform();

  /** Posts a message and returns where it landed. */
  MessageRef send(Recipient recipient, Message message) throws DeliveryException;

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
}
