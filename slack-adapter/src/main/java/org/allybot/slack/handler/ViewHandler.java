package org.allybot.slack.handler;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.slack.render.FormValues;
import org.allybot.slack.render.Views;

/**
 * A submitted modal goes to the core as a form. Mistakes keep the modal open with each message
 * under its field ({@code response_action: errors}, keyed by block id); a next form replaces the
 * modal; otherwise it closes and the reply goes where the modal came from.
 */
final class ViewHandler implements ViewSubmissionHandler {
  private final Inbound in;
  private final ShortcutHandler shortcuts;

  ViewHandler(Inbound in, ShortcutHandler shortcuts) {
    this.in = in;
    this.shortcuts = shortcuts;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    ViewSubmissionPayload p = req.getPayload();
    View view = p.getView();
    if (ShortcutHandler.QUOTE_CALLBACK.equals(view.getCallbackId())) {
      return shortcuts.quoteConfirmed(p, ctx);
    }
    Metadata meta = Metadata.parse(view.getPrivateMetadata());
    String team = p.getTeam().getId();
    String user = p.getUser().getId();
    Optional<Reply> now =
        in.calls()
            .within(
                () ->
                    new CoreEvent.FormSubmitted(
                        in.users().actor(team, user, p.getUser().getName()),
                        view.getCallbackId(),
                        ThanksShortcut.withQuote(
                            view.getCallbackId(), FormValues.of(view.getState()), meta)),
                late -> show(team, user, meta, late));
    if (now.isEmpty()) {
      return ctx.ack();
    }
    Reply reply = now.get();
    if (reply.hasFieldErrors()) {
      Map<String, String> errors = errorsFor(view, reply.fieldErrors());
      return ctx.ack(r -> r.responseAction("errors").errors(errors));
    }
    if (reply.hasForm()) {
      View next = Views.modal(reply.form(), meta.json());
      return ctx.ack(r -> r.responseAction("update").view(next));
    }
    in.calls().later("show form reply", () -> show(team, user, meta, reply));
    return ctx.ack();
  }

  private void show(String team, String user, Metadata meta, Reply reply) {
    List<Message> messages = reply.messages();
    if (messages.isEmpty()) {
      return;
    }
    if (meta.fromHome() && reply.replaceOriginal()) {
      in.replies().publishHome(team, user, messages.getFirst());
      in.replies().direct(team, user, messages.subList(1, messages.size()));
    } else if (!meta.responseUrl().isEmpty() && !meta.responseUrl().contains(".invalid/")) {
      in.replies().respond(meta.responseUrl(), messages, false, !meta.channel().startsWith("D"));
    } else {
      in.replies().direct(team, user, messages);
    }
  }

  /** Errors keyed by the view's input block ids; one the view lacks goes on its first input. */
  static Map<String, String> errorsFor(View view, Map<String, String> fieldErrors) {
    List<String> blockIds =
        view.getBlocks() == null
            ? List.of()
            : view.getBlocks().stream()
                .filter(b -> b instanceof InputBlock)
                .map(LayoutBlock::getBlockId)
                .toList();
    Map<String, String> errors = new LinkedHashMap<>();
    fieldErrors.forEach((field, message) -> {
      String block = blockIds.contains(field) || blockIds.isEmpty() ? field : blockIds.getFirst();
      errors.merge(block, message, (a, b) -> a + " " + b);
    });
    return errors;
  }
}
