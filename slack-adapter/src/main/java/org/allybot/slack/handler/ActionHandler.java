package org.allybot.slack.handler;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.slack.render.ActionIds;
import org.allybot.slack.render.Views;

/**
 * A button press. The core records it (a poll answer, a lesson's feedback, a home setting) and the
 * ack goes back at once; then the reply updates the clicked message in place through the
 * interaction's {@code response_url} with {@code replace_original} (not {@code chat.update}, which
 * is Tier 3), republishes the home tab, or opens a form. Bolt calls it for every click but poll
 * answers over HTTP, which {@link PollClicks} hands to {@link #handle} directly.
 */
final class ActionHandler implements BlockActionHandler {
  private final Inbound in;

  ActionHandler(Inbound in) {
    this.in = in;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    Click.of(req.getPayload()).ifPresent(this::handle);
    return ctx.ack();
  }

  /** Gives the click to the core within the ack budget; its reply is shown after the ack. */
  void handle(Click c) {
    handle(c, () -> true);
  }

  /** The same, if {@code firstTime} says so (checked within the budget too); else nothing. */
  void handle(Click c, BooleanSupplier firstTime) {
    in.calls()
        .handleThen(
            "show action reply",
            () ->
                firstTime.getAsBoolean()
                    ? new CoreEvent.ChoiceSelected(
                        in.users().actor(c.teamId(), c.userId(), c.userName()),
                        ActionIds.action(c.actionId()),
                        c.value())
                    : null,
            reply -> show(c, reply));
  }

  private void show(Click c, Reply reply) {
    String team = c.teamId();
    String user = c.userId();
    boolean home = c.fromHome();
    String channel = c.channelId();
    if (reply.hasForm()) {
      Metadata meta =
          Metadata.of(home ? Metadata.HOME : Metadata.MESSAGE, c.responseUrl(), channel);
      in.replies().openModal(team, c.triggerId(), Views.modal(reply.form(), meta.json()));
    }
    List<Message> messages = reply.messages();
    if (messages.isEmpty()) {
      return;
    }
    if (home) {
      if (reply.replaceOriginal()) {
        in.replies().publishHome(team, user, messages.getFirst());
        messages = messages.subList(1, messages.size());
      }
      in.replies().direct(team, user, messages);
    } else if (c.responseUrl() != null) {
      boolean direct = channel.startsWith("D");
      in.replies().respond(c.responseUrl(), messages, reply.replaceOriginal(), !direct);
    } else {
      in.replies().direct(team, user, messages);
    }
  }
}
