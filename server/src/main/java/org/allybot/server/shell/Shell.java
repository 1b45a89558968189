package org.allybot.server.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Allybot;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.DeliveryWorker;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The read-eval-print loop: each line is what the acting person types in a direct message to the
 * bot. {@code /ally as NAME} switches person; a number presses a button on their latest message; a
 * form is asked field by field, each answer on its own line; {@code #channel text} posts in a
 * channel (a line starting {@code # } is a comment).
 */
public final class Shell {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SHELL, "local");
  static final Duration SETTLE = Duration.ofSeconds(5);
  private static final Pattern CHANNEL_POST = Pattern.compile("#([\\w.:-]+)\\s+(\\S.*)");

  private final Allybot bot;
  private final DeliveryWorker worker;
  private final ShellScreen screen;
  private final Set<String> admins;
  private final String zone;
  private volatile String acting;
  private ShellForm form;

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
    if (form != null && fillForm(line)) {
      return;
    }
    if (line.isEmpty()) {
      return;
    }
    if (line.startsWith("#")) {
      Matcher post = CHANNEL_POST.matcher(line);
      if (post.matches()) {
        postInChannel(post.group(1), post.group(2));
      }
      return; // "# ..." and "#word" alone stay comments
    }
    String text = line.replaceFirst("^/?ally\\b\\s*", "");
    if (text.toLowerCase(Locale.ROOT).startsWith("as ")) {
      acting = userId(text.substring(3));
      screen.note(say().text("shell.acting", "user", acting));
      return;
    }
    if (text.matches("\\d{1,2}")) {
      press(Integer.parseInt(text));
      return;
    }
    show(bot.handle(new CoreEvent.CommandInvoked(actor(), text, "")));
  }

  /**
   * Takes the line as the next field of the open form; false when the line was a command instead
   * (which cancels the form).
   */
  private boolean fillForm(String line) {
    if (line.equals("/cancel") || line.matches("/ally(\\s.*)?")) {
      form = null;
      screen.note(say().text("shell.form-cancelled"));
      return line.equals("/cancel");
    }
    form.answer(line);
    if (!form.complete()) {
      screen.note(form.prompt());
      return true;
    }
    ShellForm submitted = form;
    form = null;
    Reply reply =
        bot.handle(new CoreEvent.FormSubmitted(actor(), submitted.formId(), submitted.values()));
    show(reply);
    if (reply.hasFieldErrors()) {
      reply.fieldErrors().forEach((field, error) -> screen.note("(" + field + ": " + error + ")"));
      submitted.retry(reply.fieldErrors());
      form = submitted;
      screen.note(form.prompt());
    }
    return true;
  }

  /**
   * {@code #channel text}: the acting person posts in a channel. Only a private answer (a nudge) is
   * shown, and only to them, as a direct message.
   */
  private void postInChannel(String channel, String text) {
    Reply reply = bot.handle(new CoreEvent.MessageReceived(actor(), channel, "", text));
    if (!reply.messages().isEmpty()) {
      screen.note(say().text("shell.only-you", "user", acting));
    }
    show(reply);
  }

  private void press(int number) {
    Button button = screen.button(acting, number).orElse(null);
    if (button == null) {
      screen.note(say().text("shell.no-button", "number", Integer.toString(number)));
      return;
    }
    show(bot.handle(new CoreEvent.ChoiceSelected(actor(), button.action(), button.value())));
  }

  /** The shell's own notes in the acting person's language. */
  Messages say() {
    return bot.context().languageOf().messages(actor().user());
  }

  private Actor actor() {
    return new Actor(new UserRef(WORKSPACE, acting), acting, admins.contains(acting), zone);
  }

  private void show(Reply reply) {
    for (Message message : reply.messages()) {
      screen.showDirect(acting, acting, message);
    }
    if (reply.hasForm()) {
      form = new ShellForm(reply.form());
      screen.note(form.intro());
      screen.note(form.prompt());
    }
  }
}
