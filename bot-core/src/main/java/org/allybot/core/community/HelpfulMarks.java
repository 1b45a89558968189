package org.allybot.core.community;

import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;

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
    if (!(post instanceof ThreadReply reply) || reply.kind() == ThreadReply.Kind.FOLLOW_UP) {
      return Reply.text(
          "#"
              + post.number()
              + " isn't advice. Mark a reply in a question's thread, like `/ally helpful "
              + (post.number() + 1)
              + "`.");
    }
    if (reply.status().isGone()) {
      return Reply.text("#" + reply.number() + " was hidden or deleted, so it can't be marked.");
    }
    if (names.isAuthor(ws, reply, user.userId())) {
      return Reply.text(
          "That's your own advice, so you can't mark it helpful. Thanks for giving it!");
    }
    if (!ports
        .marks()
        .markHelpful(ws, reply.number(), names.helpfulTag(ws, reply.number(), user.userId()))) {
      return Reply.text("You've already marked #" + reply.number() + " as helpful.");
    }
    long count = ports.marks().helpfulCount(ws, reply.number());
    threads
        .question(ws, reply)
        .ifPresent(q ->
            poster.update(
                ws, q.channelId(), reply.messageId(), CommunityMessages.reply(reply, count)));
    return Reply.text(
        "Marked #"
            + reply.number()
            + " as helpful. "
            + (count == 1 ? "You're the first to say so." : count + " people found it helpful."));
  }
}
