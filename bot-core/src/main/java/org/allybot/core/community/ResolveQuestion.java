package org.allybot.core.community;

import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The asker closes their question: an optional "what I did" goes into the thread under their label,
 * and their consent (or not) for the weekly digest to feature it without names is kept.
 */
final class ResolveQuestion {
  private final CoreContext core;
  private final CommunityPorts ports;
  private final ChannelPoster poster;
  private final Pseudonyms names;

  ResolveQuestion(CoreContext core, ChannelPoster poster, Pseudonyms names) {
    this.core = core;
    this.ports = core.community();
    this.poster = poster;
    this.names = names;
  }

  Reply resolve(UserRef user, Question q, String whatIDid, Optional<Boolean> feature) {
    WorkspaceId ws = user.workspace();
    Messages say = poster.member(user);
    if (!names.isAuthor(ws, q, user.userId())) {
      return Reply.text(say.text("community.resolve.not-asker", "n", q.number()));
    }
    if (q.status().isGone()) {
      return Reply.text(Threads.closed(say, q));
    }
    if (q.status() == PostStatus.RESOLVED) {
      return feature
          .map(allowed -> consent(user, q, allowed))
          .orElse(Reply.text(say.text("community.resolve.already", "n", q.number())));
    }
    if (TextRules.tooLong(whatIDid)) {
      return Reply.text(
          TextRules.lengthProblem(say, whatIDid) + " " + say.text("community.resolve.too-long"));
    }
    String label =
        q.anonymous()
            ? names.label(ws, q.number(), user.userId(), true)
            : "<@" + user.userId() + ">";
    Messages channel = poster.channel(ws, q.channelId());
    try {
      poster.post(
          say,
          ws,
          q.channelId(),
          q.messageId(),
          CommunityMessages.resolution(channel, q, label, whatIDid));
    } catch (CannotPost e) {
      return Reply.text(e.getMessage());
    }
    Question resolved =
        q.resolved(
            new Resolution(
                whatIDid.strip(), feature.orElse(false), CoarseTime.of(core.clock().instant())));
    ports.store().save(ws, resolved);
    ports.store().stopAwaiting(ws, q.number());
    ports.log().resolved(ws, q.number(), resolved.resolution().at());
    poster.update(ws, q.channelId(), q.messageId(), CommunityMessages.question(channel, resolved));
    String thanks = say.text("community.resolve.done", "n", q.number());
    if (feature.isPresent()) {
      return Reply.text(thanks + " " + consentLine(say, feature.get()));
    }
    String n = Integer.toString(q.number());
    return Reply.of(
        new Message(
            thanks,
            List.of(
                new Block.Text(thanks),
                new Block.Text(say.text("community.feature.ask")),
                new Block.Buttons(
                    List.of(
                        new Button(
                            say.text("community.feature.yes"),
                            CommunityMessages.FEATURE,
                            n + "|yes",
                            Button.Style.PRIMARY),
                        Button.of(
                            say.text("community.feature.no"),
                            CommunityMessages.FEATURE,
                            n + "|no"))))));
  }

  /** The asker's answer to "may the digest feature it?". */
  Reply consent(UserRef user, Question q, boolean allowed) {
    Messages say = poster.member(user);
    if (!names.isAuthor(user.workspace(), q, user.userId())) {
      return Reply.text(say.text("community.feature.not-asker", "n", q.number()));
    }
    if (q.status() != PostStatus.RESOLVED || q.resolution() == null) {
      return Reply.text(say.text("community.feature.not-resolved", "n", q.number()));
    }
    ports.store().save(user.workspace(), q.resolved(q.resolution().withMayFeature(allowed)));
    return Reply.replacing(Message.text(consentLine(say, allowed)));
  }

  private static String consentLine(Messages say, boolean allowed) {
    return say.text("community.feature.allowed", "allowed", Boolean.toString(allowed));
  }
}
