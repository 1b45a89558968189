package org.allybot.core.community;

import java.time.Instant;
import org.allybot.core.CoreContext;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts in a question's thread: advice through Allybot (under a name or a per-thread label), the
 * asker's follow-ups (as "Asker" when they asked anonymously), and replies members type straight
 * into the thread, which are counted as advice.
 */
final class ThreadPosting {
  private static final Logger LOG = LoggerFactory.getLogger(ThreadPosting.class);

  private final CoreContext core;
  private final CommunityPorts ports;
  private final ChannelPoster poster;
  private final Pseudonyms names;
  private final DailyAllowance allowance;
  private final AskerNotifier notifier;

  ThreadPosting(
      CoreContext core,
      ChannelPoster poster,
      Pseudonyms names,
      DailyAllowance allowance,
      AskerNotifier notifier) {
    this.core = core;
    this.ports = core.community();
    this.poster = poster;
    this.names = names;
    this.allowance = allowance;
    this.notifier = notifier;
  }

  private Messages say(UserRef user) {
    return core.languageOf().messages(user);
  }

  /** The advice form, in the adviser's language. */
  Block.Form adviseForm(UserRef user, int question) {
    return CommunityMessages.adviseForm(say(user), question);
  }

  /** Advice from anyone; the asker's own "advice" is their follow-up. */
  Reply advise(UserRef user, Question q, String text, boolean anonymous) {
    if (names.isAuthor(user.workspace(), q, user.userId())) {
      return followUp(user, q, text);
    }
    String label =
        anonymous
            ? names.label(user.workspace(), q.number(), user.userId(), false)
            : "<@" + user.userId() + ">";
    return post(user, q, ThreadReply.Kind.ADVICE, text, label, anonymous);
  }

  Reply followUp(UserRef user, Question q, String text) {
    if (q.status().isGone()) {
      return Reply.text(Threads.closed(say(user), q));
    }
    if (!names.isAuthor(user.workspace(), q, user.userId())) {
      return Reply.text(say(user).text("community.followup.not-asker", "n", q.number()));
    }
    String label =
        q.anonymous()
            ? names.label(user.workspace(), q.number(), user.userId(), true)
            : "<@" + user.userId() + "> (asker)";
    return post(user, q, ThreadReply.Kind.FOLLOW_UP, text, label, q.anonymous());
  }

  private Reply post(
      UserRef user,
      Question q,
      ThreadReply.Kind kind,
      String text,
      String label,
      boolean anonymous) {
    WorkspaceId ws = user.workspace();
    String verb = kind == ThreadReply.Kind.FOLLOW_UP ? "followup" : "advise";
    Messages say = say(user);
    if (q.status().isGone()) {
      return Reply.text(Threads.closed(say, q));
    }
    if (text.isBlank()) {
      return Reply.text(say.text("community.post.empty", "verb", verb, "n", q.number()));
    }
    if (TextRules.tooLong(text)) {
      return Reply.text(
          TextRules.lengthProblem(say, text) + " " + say.text("community.post.too-long"));
    }
    if (allowance.exhausted(user, DailyAllowance.Kind.ADVICE)) {
      return Reply.text(allowance.refusal(say, DailyAllowance.Kind.ADVICE));
    }
    int number = ports.store().nextNumber(ws);
    ThreadReply draft =
        new ThreadReply(
            number,
            q.number(),
            "",
            kind,
            text.strip(),
            label,
            anonymous,
            anonymous ? "" : user.userId(),
            Authorship.none(),
            now(),
            PostStatus.OPEN,
            "");
    MessageRef ref;
    try {
      Message message = CommunityMessages.reply(poster.channel(ws, q.channelId()), draft, 0);
      ref = poster.post(say, ws, q.channelId(), q.messageId(), message);
    } catch (CannotPost e) {
      return Reply.text(e.getMessage());
    }
    ThreadReply saved =
        new ThreadReply(
            number,
            q.number(),
            ref.messageId(),
            kind,
            draft.text(),
            label,
            anonymous,
            draft.namedAuthor(),
            names.authorship(ws, number, user.userId()),
            draft.at(),
            PostStatus.OPEN,
            "");
    ports.store().save(ws, saved);
    allowance.spend(user, DailyAllowance.Kind.ADVICE);
    // Named as the channel shows it, so the member can find their post in the thread.
    String signed = Pseudonyms.shown(poster.channel(ws, q.channelId()), label);
    LOG.debug("Community post #{} ({}) in thread #{} of {}", number, kind, q.number(), ws.key());
    if (kind == ThreadReply.Kind.FOLLOW_UP) {
      return Reply.text(
          say.text("community.followup.posted", "n", q.number(), "label", signed, "post", number));
    }
    ports.store().stopAwaiting(ws, q.number());
    ports.log().advised(ws, q.number(), number, q.askedAt(), saved.at());
    notifier.adviceArrived(ws, q, saved);
    return Reply.text(
        say.text("community.advice.posted", "n", q.number(), "label", signed, "post", number));
  }

  /** A reply typed straight into a question's thread: already public, so it is only recorded. */
  Reply threadReply(UserRef user, Question q, String text) {
    WorkspaceId ws = user.workspace();
    Messages say = say(user);
    if (q.status().isGone()) {
      return Reply.text(say.text("community.thread.closed", "n", q.number()));
    }
    boolean asker = names.isAuthor(ws, q, user.userId());
    int number = ports.store().nextNumber(ws);
    ThreadReply.Kind kind = asker ? ThreadReply.Kind.FOLLOW_UP : ThreadReply.Kind.THREAD_REPLY;
    ThreadReply reply =
        new ThreadReply(
            number,
            q.number(),
            "",
            kind,
            text.strip(),
            asker ? Pseudonyms.ASKER : "thread reply",
            false,
            "",
            names.authorship(ws, number, user.userId()),
            now(),
            PostStatus.OPEN,
            "");
    ports.store().save(ws, reply);
    LOG.debug("Community thread reply #{} in thread #{} of {}", number, q.number(), ws.key());
    if (asker) {
      return Reply.text(
          say.text(
              q.anonymous() ? "community.thread.asker-named" : "community.thread.asker-noted",
              "n",
              q.number()));
    }
    ports.store().stopAwaiting(ws, q.number());
    ports.log().advised(ws, q.number(), number, q.askedAt(), reply.at());
    notifier.adviceArrived(ws, q, reply);
    return Reply.text(say.text("community.thread.advice", "n", q.number(), "post", number));
  }

  private Instant now() {
    return CoarseTime.of(core.clock().instant());
  }
}
