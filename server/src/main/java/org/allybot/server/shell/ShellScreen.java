package org.allybot.server.shell;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.message.PlainTextRenderer;

/**
 * The terminal: prints messages with numbered buttons and remembers, per person, the latest message
 * that had buttons, so typing a number presses one of them. Safe to call from the delivery threads.
 */
final class ShellScreen {
  private final PrintStream out;
  private final Map<String, List<Button>> latestButtons = new HashMap<>();
  private final Supplier<Messages> frame;

  /** {@code frame}: the shell's own notes, in the language of whoever types now. */
  ShellScreen(PrintStream out, Supplier<Messages> frame) {
    this.out = out;
    this.frame = frame;
  }

  /** Shows a message addressed to {@code userId}; {@code actingUser} is who types now. */
  synchronized void showDirect(String userId, String actingUser, Message message) {
    if (!userId.equals(actingUser)) {
      out.println(frame.get().text("shell.to", "user", userId));
    }
    print(message);
    if (!message.buttons().isEmpty()) {
      latestButtons.put(userId, message.buttons());
    }
  }

  /** Shows a channel post as the channel would, marked as in a thread or edited when it is. */
  synchronized void showChannel(String channel, Marker marker, Message message) {
    out.print(channelTag(channel, marker) + " ");
    print(message);
  }

  /** Notes that a post in {@code channel} was taken down. */
  synchronized void showDeleted(String channel) {
    out.println(channelTag(channel, Marker.DELETED) + " " + frame.get().text("shell.taken-down"));
    out.flush();
  }

  /** What a channel post is, beside the channel's name. */
  enum Marker {
    NONE,
    THREAD,
    EDITED,
    DELETED
  }

  private String channelTag(String channel, Marker marker) {
    return marker == Marker.NONE
        ? "[#" + channel + "]"
        : "[#"
            + channel
            + ", "
            + frame.get().text("shell.marker." + marker.name().toLowerCase(java.util.Locale.ROOT))
            + "]";
  }

  synchronized void note(String text) {
    out.println(text);
    out.flush();
  }

  /** The button a number picks on the person's latest message with buttons. */
  synchronized Optional<Button> button(String userId, int number) {
    List<Button> buttons = latestButtons.getOrDefault(userId, List.of());
    return number >= 1 && number <= buttons.size()
        ? Optional.of(buttons.get(number - 1))
        : Optional.empty();
  }

  private void print(Message message) {
    out.println(PlainTextRenderer.render(message, 1));
    out.println();
    out.flush();
  }
}
