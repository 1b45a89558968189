package org.allybot.server.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.allybot.core.Allybot;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.DeliveryWorker;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The read-eval-print loop: each line is what the acting person types in a direct message to the
 * bot. {@code /ally as NAME} switches person; a number presses a button on their latest message.
 */
public final class Shell {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SHELL, "local");
  static final Duration SETTLE = Duration.ofSeconds(5);

  private final Allybot bot;
  private final DeliveryWorker worker;
  private final ShellScreen screen;
  private final Set<String> admins;
  private final String zone;
  private volatile String acting;

  Shell(
      Allybot bot,
      DeliveryWorker worker,
      ShellScreen screen,
      String firstUser,
      boolean firstIsAdmin,
      String zone) {
    this.bot = bot;
    this.worker = worker;
    this.screen = screen;
    this.acting = userId(firstUser);
    this.admins = firstIsAdmin ? Set.of(acting) : Set.of();
    this.zone = zone;
  }

  String acting() {
    return acting;
  }

  static String userId(String name) {
    String id = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
    return id.isEmpty() ? "you" : id;
  }

  /** Reads lines until the end of input. */
  void run(BufferedReader in, boolean echo) throws IOException, InterruptedException {
    String line;
    while ((line = in.readLine()) != null) {
      if (echo && !line.isBlank()) {
        screen.note(acting + "> " + line);
      }
      handle(line.strip());
      worker.awaitIdle(SETTLE);
    }
  }

  void handle(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    String text = line.replaceFirst("^/?ally\\b\\s*", "");
    if (text.toLowerCase(Locale.ROOT).startsWith("as ")) {
      acting = userId(text.substring(3));
      screen.note("(you are now " + acting + ")");
      return;
    }
    if (text.matches("\\d{1,2}")) {
      press(Integer.parseInt(text));
      return;
    }
    show(bot.handle(new CoreEvent.CommandInvoked(actor(), text, "")));
  }

  private void press(int number) {
    Button button = screen.button(acting, number).orElse(null);
    if (button == null) {
      screen.note("(there is no button " + number + " on your latest message)");
      return;
    }
    show(bot.handle(new CoreEvent.ChoiceSelected(actor(), button.action(), button.value())));
  }

  private Actor actor() {
    return new Actor(new UserRef(WORKSPACE, acting), acting, admins.contains(acting), zone);
  }

  private void show(Reply reply) {
    for (Message message : reply.messages()) {
      screen.showDirect(acting, acting, message);
    }
    if (reply.hasForm()) {
      screen.note("(" + reply.form().title() + ": forms are not available in the shell yet)");
    }
  }
}
