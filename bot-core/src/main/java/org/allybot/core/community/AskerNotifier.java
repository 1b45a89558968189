package org.allybot.core.community;

import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
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
  private final LanguageOf languages;

  AskerNotifier(
      CommunityPorts ports, Pseudonyms names, ChannelPoster poster, LanguageOf languages) {
    this.ports = ports;
    this.names = names;
    this.poster = poster;
    this.languages = languages;
  }

  void adviceArrived(WorkspaceId ws, Question q, ThreadReply advice) {
    names
        .author(ws, q)
        .flatMap(asker ->
            poster.tell(
                asker,
                notice(languages.messages(asker), poster.channel(ws, q.channelId()), q, advice)))
        .ifPresentOrElse(
            ref ->
                ports
                    .marks()
                    .linkNotification(ws, names.notificationTag(ws, ref.messageId()), q.number()),
            () -> LOG.debug("No notification for question #{} in {}", q.number(), ws.key()));
  }

  /** The asker's private notice of new advice, in the asker's language. */
  private static Message notice(Messages say, Messages shown, Question q, ThreadReply advice) {
    int n = q.number();
    String from = advice.kind() == ThreadReply.Kind.THREAD_REPLY ? "thread" : "label";
    return new Message(
        say.text("community.notice.summary", "n", n),
        List.of(
            new Block.Text(
                say.text(
                    "community.notice.body",
                    "n",
                    n,
                    "channel",
                    q.channelId(),
                    "from",
                    from,
                    "label",
                    Pseudonyms.shown(say, advice.label()),
                    "post",
                    advice.number())),
            new Block.Text("> " + CommunityMessages.excerpt(advice.text(), 500)),
            new Block.Context(
                say.text(
                    "community.notice.how",
                    "n",
                    n,
                    "anonymous",
                    Boolean.toString(q.anonymous()),
                    "asker",
                    shown.text("community.label.asker"))),
            new Block.Buttons(
                List.of(
                    Button.of(
                        say.text("community.resolve"),
                        CommunityMessages.RESOLVE,
                        Integer.toString(n))))));
  }

  /** Tells the author, in their language, that the facilitator hid their post; true if sent. */
  boolean hidden(WorkspaceId ws, Post post, String channel, String reason) {
    return names
        .author(ws, post)
        .flatMap(author -> poster.tell(author, hiddenNotice(author, post, channel, reason)))
        .isPresent();
  }

  private Message hiddenNotice(UserRef author, Post post, String channel, String reason) {
    return Message.text(
        languages
            .messages(author)
            .text(
                "community.hide.author",
                "n",
                post.number(),
                "channel",
                channel,
                "given",
                Boolean.toString(!reason.isBlank()),
                "reason",
                reason));
  }
}
