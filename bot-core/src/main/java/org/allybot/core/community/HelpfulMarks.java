package org.allybot.core.community;

import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;

/** Marks a reply as helpful: once per person, never one's own, with the count shown on the post. */
final class HelpfulMarks {
  private final CommunityPorts ports;
  private final Pseudonyms names;
  private final ChannelPoster poster;
  private final Threads threads;

  HelpfulMarks(CommunityPorts ports, Pseudonyms names, ChannelPoster poster, Threads threads) {
    this.ports = ports;
    this.names = names;
    this.poster = poster;
    this.threads = threads;
  }

  Reply mark(UserRef user, Post post) {
    WorkspaceId ws = user.workspace();
    Messages say = poster.member(user);
    if (!(post instanceof ThreadReply reply) || reply.kind() == ThreadReply.Kind.FOLLOW_UP) {
      return Reply.text(
          say.text("community.helpful.not-advice", "n", post.number(), "next", post.number() + 1));
    }
    if (reply.status().isGone()) {
      return Reply.text(say.text("community.helpful.gone", "n", reply.number()));
    }
    if (names.isAuthor(ws, reply, user.userId())) {
      return Reply.text(say.text("community.helpful.own"));
    }
    if (!ports
        .marks()
        .markHelpful(ws, reply.number(), names.helpfulTag(ws, reply.number(), user.userId()))) {
      return Reply.text(say.text("community.helpful.again", "n", reply.number()));
    }
    long count = ports.marks().helpfulCount(ws, reply.number());
    threads
        .question(ws, reply)
        .ifPresent(q ->
            poster.update(
                ws,
                q.channelId(),
                reply.messageId(),
                CommunityMessages.reply(poster.channel(ws, q.channelId()), reply, count)));
    return Reply.text(say.text("community.helpful.done", "n", reply.number(), "count", count));
  }
}
