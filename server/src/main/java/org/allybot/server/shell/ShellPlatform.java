package org.allybot.server.shell;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.allybot.core.ChatPlatform;
import org.allybot.core.MessageRef;
import org.allybot.core.Platform;
import org.allybot.core.Recipient;
import org.allybot.core.UserKind;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Message;

/** The shell's chat platform: direct messages and channel posts are printed to the terminal. */
final class ShellPlatform implements ChatPlatform {
  static final String DIRECT = "dm-";

  private final ShellScreen screen;
  private final Supplier<String> actingUser;
  private final Supplier<List<String>> everyone;
  private final AtomicLong sequence = new AtomicLong();

  ShellPlatform(ShellScreen screen, Supplier<String> actingUser, Supplier<List<String>> everyone) {
    this.screen = screen;
    this.actingUser = actingUser;
    this.everyone = everyone;
  }

  @Override
  public Platform platform() {
    return Platform.SHELL;
  }

  @Override
  public MessageRef send(Recipient recipient, Message message) {
    String conversation = recipient.conversationId();
    if (conversation.startsWith(DIRECT)) {
      screen.showDirect(conversation.substring(DIRECT.length()), actingUser.get(), message);
    } else {
      screen.showChannel(
          conversation,
          recipient.inThread() ? ShellScreen.Marker.THREAD : ShellScreen.Marker.NONE,
          message);
    }
    return new MessageRef(
        recipient.workspace(), conversation, Long.toString(sequence.incrementAndGet()));
  }

  @Override
  public void update(MessageRef ref, Message message) {
    if (ref.conversationId().startsWith(DIRECT)) {
      send(new Recipient(ref.workspace(), ref.conversationId()), message);
    } else {
      screen.showChannel(ref.conversationId(), ShellScreen.Marker.EDITED, message);
    }
  }

  @Override
  public void delete(MessageRef ref) {
    screen.showDeleted(ref.conversationId());
  }

  /** The shell has one bot, Allybot itself; everyone else typed is a person. */
  @Override
  public UserKind kindOf(UserRef user) {
    return user.userId().equalsIgnoreCase("allybot") ? UserKind.BOT : UserKind.PERSON;
  }

  @Override
  public Recipient openDirect(UserRef user) {
    return new Recipient(user.workspace(), DIRECT + user.userId());
  }

  @Override
  public List<String> channelMembers(WorkspaceId workspace, String channelId) {
    return everyone.get();
  }
}
