package org.allybot.core.community;

import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The week's facilitator (or an admin) hides a post that broke the rules: it is kept, marked
 * hidden, replaced in the channel where the platform allows, its author told privately, and the
 * action audited without the author.
 */
final class HidePost {
  private static final Logger LOG = LoggerFactory.getLogger(HidePost.class);

  private final CoreContext core;
  private final CommunityPorts ports;
  private final MemberDirectory directory;
  private final ChannelPoster poster;
  private final AskerNotifier notifier;
  private final Threads threads;

  HidePost(
      CoreContext core,
      MemberDirectory directory,
      ChannelPoster poster,
      AskerNotifier notifier,
      Threads threads) {
    this.core = core;
    this.ports = core.community();
    this.directory = directory;
    this.poster = poster;
    this.notifier = notifier;
    this.threads = threads;
  }

  /** Whether the actor may moderate: this week's facilitator, or an admin. */
  boolean mayModerate(Actor actor) {
    WorkspaceId ws = actor.user().workspace();
    return directory.isAdmin(actor)
        || ports
            .store()
            .setup(ws)
            .flatMap(s -> FacilitatorRota.thisWeek(s, core.today()))
            .filter(actor.user().userId()::equals)
            .isPresent();
  }

  Reply hide(Actor actor, Post post, String reason) {
    WorkspaceId ws = actor.user().workspace();
    Messages say = poster.member(actor.user());
    if (!mayModerate(actor)) {
      return Reply.text(say.text("community.hide.not-allowed"));
    }
    if (post.status().isGone()) {
      return Reply.text(say.text("community.hide.already", "n", post.number()));
    }
    String why = reason.strip();
    Post hidden =
        switch (post) {
          case Question q -> q.hidden(why);
          case ThreadReply r -> r.hidden(why);
        };
    ports.store().save(ws, hidden);
    if (post instanceof Question) {
      ports.store().stopAwaiting(ws, post.number());
    }
    core.audit()
        .record(
            ws,
            actor.user().userId(),
            "community.hide",
            "post #" + post.number() + (why.isEmpty() ? "" : ": " + why),
            core.clock().instant());
    String channel = threads.question(ws, post).map(Question::channelId).orElse("");
    boolean replaced =
        poster.update(
            ws,
            channel,
            post.messageId(),
            CommunityMessages.hiddenNotice(poster.channel(ws, channel), post));
    boolean told = notifier.hidden(ws, post, channel, why);
    LOG.debug("Community post #{} hidden in {}", post.number(), ws.key());
    String where = replaced ? "replaced" : post.messageId().isEmpty() ? "typed" : "failed";
    return Reply.text(
        say.text(
            "community.hide.done",
            "n",
            post.number(),
            "told",
            Boolean.toString(told),
            "where",
            where));
  }
}
