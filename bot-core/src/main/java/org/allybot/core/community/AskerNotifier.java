package org.allybot.core.community;

import java.util.List;
import org.allybot.core.WorkspaceId;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells authors privately what happened to their posts: the asker when advice arrives (and links
 * that private message to the thread so a reply to it becomes a follow-up), any author when the
 * facilitator hides their post.
 */
final class AskerNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(AskerNotifier.class);

  private final CommunityPorts ports;
  private final Pseudonyms names;
  private final ChannelPoster poster;

  AskerNotifier(CommunityPorts ports, Pseudonyms names, ChannelPoster poster) {
    this.ports = ports;
    this.names = names;
    this.poster = poster;
  }

  void adviceArrived(WorkspaceId ws, Question q, ThreadReply advice) {
    String from =
        advice.kind() == ThreadReply.Kind.THREAD_REPLY ? "a reply in the thread" : advice.label();
    String askerLabel = q.anonymous() ? Pseudonyms.ASKER : "yourself";
    Message message =
        new Message(
            "New advice on your question #" + q.number(),
            List.of(
                new Block.Text(
                    "New advice on your question #"
                        + q.number()
                        + " in <#"
                        + q.channelId()
                        + ">, from "
                        + from
                        + " (post #"
                        + advice.number()
                        + "):"),
                new Block.Text("> " + CommunityMessages.excerpt(advice.text(), 500)),
                new Block.Context(
                    "Reply to this message to answer in the thread as "
                        + askerLabel
                        + ", or use `/ally followup "
                        + q.number()
                        + " TEXT`. When you're done: `/ally resolve "
                        + q.number()
                        + " [what I did]`."),
                new Block.Buttons(
                    List.of(
                        Button.of(
                            "Resolve", CommunityMessages.RESOLVE, Integer.toString(q.number()))))));
    names
        .author(ws, q)
        .flatMap(asker -> poster.tell(asker, message))
        .ifPresentOrElse(
            ref ->
                ports
                    .marks()
                    .linkNotification(ws, names.notificationTag(ws, ref.messageId()), q.number()),
            () -> LOG.debug("No notification for question #{} in {}", q.number(), ws.key()));
  }

  /** Tells the author that the facilitator hid their post; true when it was delivered. */
  boolean hidden(WorkspaceId ws, Post post, String channel, String reason) {
    Message message =
        Message.text(
            "The facilitator hid your post #"
                + post.number()
                + " in <#"
                + channel
                + "> because it broke the community's rules"
                + (reason.isBlank() ? "." : ": " + reason)
                + " It's kept for the audit trail. If you think this was a mistake, talk to an"
                + " Allybot admin.");
    return names.author(ws, post).flatMap(author -> poster.tell(author, message)).isPresent();
  }
}
