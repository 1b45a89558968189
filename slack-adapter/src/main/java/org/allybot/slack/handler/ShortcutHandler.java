package org.allybot.slack.handler;

import com.slack.api.app_backend.interactive_components.payload.GlobalShortcutPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.slack.render.FormValues;
import org.allybot.slack.render.TextChunks;
import org.allybot.slack.render.Views;

/**
 * The "Ask allies" shortcuts. Both open the core's ask form ({@code /ally ask}). The message
 * shortcut can pre-fill the situation with the message, but someone else's words are quoted only
 * after the member says so in a confirmation modal; their own message is quoted at once.
 */
final class ShortcutHandler {
  static final String GLOBAL = "ask_allies";
  static final String MESSAGE = "ask_allies_about_message";
  static final String QUOTE_CALLBACK = "allybot.quote";
  static final String QUOTE_FIELD = "quote";
  static final String SITUATION = "situation";
  private static final int QUOTE_LIMIT = 2000;

  private final Inbound in;

  ShortcutHandler(Inbound in) {
    this.in = in;
  }

  void global(GlobalShortcutPayload p) {
    String team = p.getTeam().getId();
    in.calls()
        .later(
            "ask shortcut",
            () -> {
              Actor actor = in.users().actor(team, p.getUser().getId(), p.getUser().getUsername());
              open(team, p.getTriggerId(), actor, "");
            });
  }

  void message(MessageShortcutPayload p) {
    String team = p.getTeam().getId();
    String user = p.getUser().getId();
    String text = p.getMessage() == null ? "" : nz(p.getMessage().getText());
    String quote = TextChunks.shorten(TextChunks.unescape(text), QUOTE_LIMIT);
    boolean own = p.getMessage() != null && user.equals(p.getMessage().getUser());
    in.calls()
        .later(
            "ask about message",
            () -> {
              if (own || quote.isEmpty()) {
                open(
                    team,
                    p.getTriggerId(),
                    in.users().actor(team, user, p.getUser().getName()),
                    quote);
              } else {
                in.replies()
                    .openModal(team, p.getTriggerId(), confirmation(in.say(team, user), quote));
              }
            });
  }

  /** The member answered the confirmation: the ask form replaces it, quoted only on "yes". */
  Response quoteConfirmed(ViewSubmissionPayload p, ViewSubmissionContext ctx) {
    String team = p.getTeam().getId();
    Actor actor = in.users().actor(team, p.getUser().getId(), p.getUser().getName());
    boolean yes = "yes".equals(FormValues.of(p.getView().getState()).get(QUOTE_FIELD));
    String quote = yes ? Metadata.parse(p.getView().getPrivateMetadata()).quote() : "";
    View next =
        askView(
            in.say(team, p.getUser().getId()),
            in.calls().now(new CoreEvent.CommandInvoked(actor, "ask", "")),
            quote);
    return ctx.ack(r -> r.responseAction("update").view(next));
  }

  private void open(String team, String triggerId, Actor actor, String quote) {
    Reply reply = in.calls().now(new CoreEvent.CommandInvoked(actor, "ask", ""));
    in.replies()
        .openModal(team, triggerId, askView(in.say(team, actor.user().userId()), reply, quote));
  }

  /** The core's ask form (pre-filled with {@code quote}), or its answer in a notice. */
  static View askView(Messages say, Reply reply, String quote) {
    if (!reply.hasForm()) {
      Message m =
          reply.messages().isEmpty()
              ? Message.text(say.text("slack.ask.unavailable"))
              : reply.messages().getFirst();
      return Views.notice(say, say.text("slack.ask.title"), m);
    }
    Metadata meta = Metadata.of(Metadata.SHORTCUT, "", "");
    return Views.modal(prefilled(reply.form(), quote), meta.json());
  }

  /** The form with its situation field (or first long text field) starting as {@code quote}. */
  static Block.Form prefilled(Block.Form form, String quote) {
    if (quote.isEmpty()) {
      return form;
    }
    String target =
        form.fields().stream()
            .filter(f -> f.id().equals(SITUATION))
            .findFirst()
            .or(() ->
                form.fields().stream()
                    .filter(f -> f.type() == Block.FieldType.LONG_TEXT)
                    .findFirst())
            .map(Block.Field::id)
            .orElse("");
    List<Block.Field> fields = new ArrayList<>();
    for (Block.Field f : form.fields()) {
      fields.add(
          f.id().equals(target)
              ? new Block.Field(
                  f.id(),
                  f.label(),
                  f.type(),
                  f.required(),
                  f.maxLength(),
                  f.choices(),
                  TextChunks.shorten(quote, f.maxLength() > 0 ? f.maxLength() : QUOTE_LIMIT))
              : f);
    }
    return new Block.Form(form.formId(), form.title(), fields, form.submitLabel(), form.language());
  }

  static View confirmation(Messages say, String quote) {
    Block.Form form =
        new Block.Form(
            QUOTE_CALLBACK,
            say.text("slack.ask.title"),
            List.of(
                new Block.Field(
                    QUOTE_FIELD,
                    say.text("slack.ask.quote"),
                    Block.FieldType.YES_NO,
                    true,
                    3,
                    List.of(),
                    "no")),
            say.text("slack.ask.continue"),
            say.language().tag());
    String q = quote;
    String meta = new Metadata(Metadata.SHORTCUT, "", "", q).json();
    while (meta.length() > 3000) {
      q = TextChunks.shorten(q, q.length() * 9 / 10);
      meta = new Metadata(Metadata.SHORTCUT, "", "", q).json();
    }
    return Views.modal(form, meta);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
