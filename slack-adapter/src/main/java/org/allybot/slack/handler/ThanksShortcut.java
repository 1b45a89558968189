package org.allybot.slack.handler;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.model.view.View;
import java.util.Map;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.ThanksForm;
import org.allybot.slack.render.TextChunks;
import org.allybot.slack.render.Views;

/**
 * The "Recognise allyship" message shortcut: opens the core's thanks form with the message's author
 * as recipient. The message text waits in the modal's private metadata and reaches the core only
 * when the giver ticks "quote" ({@link #withQuote}); the core keeps it only then.
 */
final class ThanksShortcut {
  static final String CALLBACK = "recognise_allyship";
  private static final int QUOTE_LIMIT = 1000;

  private final Inbound in;

  ThanksShortcut(Inbound in) {
    this.in = in;
  }

  void message(MessageShortcutPayload p) {
    String team = p.getTeam().getId();
    String giver = p.getUser().getId();
    String author = p.getMessage() == null ? "" : nz(p.getMessage().getUser());
    String text = p.getMessage() == null ? "" : nz(p.getMessage().getText());
    String quote = TextChunks.shorten(TextChunks.unescape(text), QUOTE_LIMIT);
    in.calls()
        .later(
            "thanks shortcut",
            () -> {
              Messages say = in.say(team, giver);
              if (author.isEmpty()) {
                in.replies()
                    .openModal(
                        team,
                        p.getTriggerId(),
                        Views.notice(
                            say,
                            say.text("slack.thanks.title"),
                            Message.text(say.text("slack.thanks.not-a-person"))));
                return;
              }
              String command = "thanks form <@" + author + ">" + (quote.isEmpty() ? "" : " quote");
              Reply reply =
                  in.calls()
                      .now(
                          new CoreEvent.CommandInvoked(
                              in.users().actor(team, giver, p.getUser().getName()), command, ""));
              in.replies().openModal(team, p.getTriggerId(), view(say, reply, quote));
            });
  }

  /** The core's form, with the quote kept aside in the metadata; or its answer as a notice. */
  static View view(Messages say, Reply reply, String quote) {
    if (!reply.hasForm()) {
      Message m =
          reply.messages().isEmpty()
              ? Message.text(say.text("slack.thanks.unavailable"))
              : reply.messages().getLast();
      return Views.notice(say, say.text("slack.thanks.title"), m);
    }
    String q = quote;
    String meta = new Metadata(Metadata.SHORTCUT, "", "", q).json();
    while (meta.length() > 3000) {
      q = TextChunks.shorten(q, q.length() * 9 / 10);
      meta = new Metadata(Metadata.SHORTCUT, "", "", q).json();
    }
    return Views.modal(reply.form(), meta);
  }

  /** A submitted thanks form's values, with the kept-aside message for the core to quote. */
  static Map<String, String> withQuote(
      String callbackId, Map<String, String> values, Metadata meta) {
    if (!ThanksForm.isThanksForm(callbackId) || meta.quote().isEmpty()) {
      return values;
    }
    Map<String, String> all = new java.util.LinkedHashMap<>(values);
    all.put(ThanksForm.QUOTED_TEXT, meta.quote());
    return all;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
