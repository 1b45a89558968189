package org.allybot.slack.handler;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.slack.render.BlockKit;
import org.allybot.slack.render.TextChunks;
import org.allybot.slack.render.Views;

/**
 * {@code /ally ...}: the text goes to the core as a command. Its reply is only for the caller, so
 * it comes back in the ack as an ephemeral message; a form opens as a modal; a reply slower than
 * the ack budget follows through the command's {@code response_url}.
 */
final class CommandHandler implements SlashCommandHandler {
  private final Inbound in;

  CommandHandler(Inbound in) {
    this.in = in;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    String text = TextChunks.unescape(p.getText() == null ? "" : p.getText()).strip();
    Optional<Reply> now =
        in.calls()
            .within(
                () ->
                    new CoreEvent.CommandInvoked(
                        in.users().actor(p.getTeamId(), p.getUserId(), p.getUserName()),
                        text,
                        nz(p.getChannelId())),
                late -> late(p, late));
    if (now.isEmpty()) {
      return ctx.ack();
    }
    Reply reply = now.get();
    if (reply.hasForm()) {
      in.calls().later("open form", () -> openForm(p, reply));
    }
    if (reply.messages().isEmpty()) {
      return ctx.ack();
    }
    List<LayoutBlock> blocks = merged(reply.messages());
    if (blocks == null) {
      in.calls()
          .later(
              "long reply",
              () -> in.replies().respond(p.getResponseUrl(), reply.messages(), false, true));
      return ctx.ack();
    }
    String fallback = BlockKit.fallback(reply.messages().getFirst());
    return ctx.ack(r -> r.responseType("ephemeral").text(fallback).blocks(blocks));
  }

  private void late(SlashCommandPayload p, Reply reply) {
    if (reply.hasForm()) {
      openForm(p, reply);
    }
    in.replies().respond(p.getResponseUrl(), reply.messages(), false, true);
  }

  private void openForm(SlashCommandPayload p, Reply reply) {
    Metadata meta = Metadata.of(Metadata.COMMAND, p.getResponseUrl(), p.getChannelId());
    in.replies().openModal(p.getTeamId(), p.getTriggerId(), Views.modal(reply.form(), meta.json()));
  }

  /** All messages in one ephemeral reply, separated by dividers; null if over 50 blocks. */
  static List<LayoutBlock> merged(List<Message> messages) {
    List<LayoutBlock> all = new ArrayList<>();
    for (Message m : messages) {
      if (!all.isEmpty()) {
        all.add(DividerBlock.builder().build());
      }
      all.addAll(BlockKit.blocks(m));
    }
    return all.size() <= BlockKit.BLOCKS_PER_MESSAGE ? all : null;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
