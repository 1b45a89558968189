package org.allybot.slack.handler;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Optional;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.slack.render.ActionIds;
import org.allybot.slack.render.Views;

/**
 * A button press. The core records it (a poll answer, a lesson's feedback, a home setting) and the
 * ack goes back at once; then the reply updates the clicked message in place through the
 * interaction's {@code response_url} with {@code replace_original} (not {@code chat.update}, which
 * is Tier 3), republishes the home tab, or opens a form.
 */
final class ActionHandler implements BlockActionHandler {
  private final Inbound in;

  ActionHandler(Inbound in) {
    this.in = in;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    if (p.getActions() == null || p.getActions().isEmpty()) {
      return ctx.ack();
    }
    BlockActionPayload.Action action = p.getActions().getFirst();
    String value =
        action.getSelectedOption() != null
            ? action.getSelectedOption().getValue()
            : action.getValue() == null ? "" : action.getValue();
    Actor actor = in.users().actor(p.getTeam().getId(), p.getUser().getId(), p.getUser().getName());
    CoreEvent event =
        new CoreEvent.ChoiceSelected(actor, ActionIds.action(action.getActionId()), value);
    Optional<Reply> now = in.calls().within(event, late -> show(p, late));
    now.ifPresent(reply -> in.calls().later("show action reply", () -> show(p, reply)));
    return ctx.ack();
  }

  private void show(BlockActionPayload p, Reply reply) {
    String team = p.getTeam().getId();
    String user = p.getUser().getId();
    boolean home = p.getView() != null && "home".equals(p.getView().getType());
    String channel = p.getChannel() != null ? p.getChannel().getId() : "";
    if (reply.hasForm()) {
      Metadata meta =
          Metadata.of(home ? Metadata.HOME : Metadata.MESSAGE, p.getResponseUrl(), channel);
      in.replies().openModal(team, p.getTriggerId(), Views.modal(reply.form(), meta.json()));
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
    } else if (p.getResponseUrl() != null) {
      boolean direct = channel.startsWith("D");
      in.replies().respond(p.getResponseUrl(), messages, reply.replaceOriginal(), !direct);
    } else {
      in.replies().direct(team, user, messages);
    }
  }
}
