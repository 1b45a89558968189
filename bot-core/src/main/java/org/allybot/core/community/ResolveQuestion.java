package org.allybot.core.community;

import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
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
    if (!names.isAuthor(ws, q, user.userId())) {
      return Reply.text("Only the person who asked #" + q.number() + " can mark it resolved.");
    }
    if (q.status().isGone()) {
      return Reply.text(Threads.closed(q));
    }
    if (q.status() == PostStatus.RESOLVED) {
      return feature
          .map(allowed -> consent(user, q, allowed))
          .orElse(Reply.text("#" + q.number() + " is already resolved."));
    }
    if (Texts.tooLong(whatIDid)) {
      return Reply.text(Texts.lengthProblem(whatIDid) + " Nothing was changed: please shorten it.");
    }
    String label =
        q.anonymous()
            ? names.label(ws, q.number(), user.userId(), true)
            : "<@" + user.userId() + ">";
    try {
      poster.post(
          ws, q.channelId(), q.messageId(), CommunityMessages.resolution(q, label, whatIDid));
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
    poster.update(ws, q.channelId(), q.messageId(), CommunityMessages.question(resolved));
    String thanks = "#" + q.number() + " is resolved. Thank you for bringing it to the community.";
    if (feature.isPresent()) {
      return Reply.text(thanks + " " + consentLine(feature.get()));
    }
    String n = Integer.toString(q.number());
    return Reply.of(
        new Message(
            thanks,
            List.of(
                new Block.Text(thanks),
                new Block.Text(
                    "May the weekly digest feature this thread and what you did, without any"
                        + " names?"),
                new Block.Buttons(
                    List.of(
                        new Button(
                            "Yes, feature it",
                            CommunityMessages.FEATURE,
                            n + "|yes",
                            Button.Style.PRIMARY),
                        Button.of("No, keep it out", CommunityMessages.FEATURE, n + "|no"))))));
  }

  /** The asker's answer to "may the digest feature it?". */
  Reply consent(UserRef user, Question q, boolean allowed) {
    if (!names.isAuthor(user.workspace(), q, user.userId())) {
      return Reply.text("Only the person who asked #" + q.number() + " can decide that.");
    }
    if (q.status() != PostStatus.RESOLVED || q.resolution() == null) {
      return Reply.text("#" + q.number() + " isn't resolved, so there's nothing to feature yet.");
    }
    ports.store().save(user.workspace(), q.resolved(q.resolution().withMayFeature(allowed)));
    return Reply.replacing(Message.text(consentLine(allowed)));
  }

  private static String consentLine(boolean allowed) {
    return allowed
        ? "The weekly digest may feature it, without any names."
        : "It won't be featured in the digest.";
  }
}
