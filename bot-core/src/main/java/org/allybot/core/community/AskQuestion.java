package org.allybot.core.community;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ally ask}: opens the question form and, when it comes back, posts the question to the
 * community channel at once, or posts nothing and says why.
 */
final class AskQuestion {
  private static final Logger LOG = LoggerFactory.getLogger(AskQuestion.class);

  private final CoreContext core;
  private final CommunityPorts ports;
  private final MemberDirectory directory;
  private final ChannelPoster poster;
  private final Pseudonyms names;
  private final DailyAllowance allowance;

  AskQuestion(
      CoreContext core,
      MemberDirectory directory,
      ChannelPoster poster,
      Pseudonyms names,
      DailyAllowance allowance) {
    this.core = core;
    this.ports = core.community();
    this.directory = directory;
    this.poster = poster;
    this.names = names;
    this.allowance = allowance;
  }

  Reply open(Actor actor) {
    if (channel(actor.user().workspace()).isEmpty()) {
      return noChannel(actor);
    }
    if (allowance.exhausted(actor.user(), DailyAllowance.Kind.ASK)) {
      return Reply.text(allowance.refusal(say(actor.user()), DailyAllowance.Kind.ASK));
    }
    return Reply.openForm(CommunityMessages.askForm(say(actor.user())));
  }

  Reply submit(Actor actor, Map<String, String> values) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    String situation = values.getOrDefault("situation", "").strip();
    String considering = values.getOrDefault("considering", "").strip();
    String help = values.getOrDefault("help", "").strip().toLowerCase(Locale.ROOT);
    Optional<Boolean> anonymous = TextRules.yesNo(values.getOrDefault("anonymous", ""), true);
    Map<String, String> errors = new LinkedHashMap<>();
    Messages say = say(user);
    String shorten = " " + say.text("community.shorten");
    if (situation.isEmpty()) {
      errors.put("situation", say.text("community.ask.need-situation"));
    } else if (TextRules.tooLong(situation)) {
      errors.put("situation", TextRules.lengthProblem(say, situation) + shorten);
    }
    if (TextRules.tooLong(considering)) {
      errors.put("considering", TextRules.lengthProblem(say, considering) + shorten);
    }
    if (!help.isEmpty() && !CommunityMessages.HELP_KINDS.contains(help)) {
      errors.put("help", say.text("community.ask.help-kinds"));
    }
    if (anonymous.isEmpty()) {
      errors.put("anonymous", say.text("community.yes-no"));
    }
    if (!errors.isEmpty()) {
      return Reply.formErrors(errors);
    }
    Optional<String> channel = channel(ws);
    if (channel.isEmpty()) {
      return noChannel(actor);
    }
    if (allowance.exhausted(user, DailyAllowance.Kind.ASK)) {
      return Reply.text(allowance.refusal(say, DailyAllowance.Kind.ASK));
    }
    boolean anon = anonymous.get();
    int number = ports.store().nextNumber(ws);
    Instant at = CoarseTime.of(core.clock().instant());
    Question draft =
        new Question(
            number,
            channel.get(),
            "",
            situation,
            considering,
            help.isEmpty() ? "advice" : help,
            SenseTags.guess(situation + " " + considering),
            anon,
            anon ? "" : user.userId(),
            Authorship.none(),
            at,
            PostStatus.OPEN,
            "",
            null);
    MessageRef ref;
    Messages posted = poster.channel(ws, channel.get());
    try {
      ref = poster.post(say, ws, channel.get(), "", CommunityMessages.question(posted, draft));
    } catch (CannotPost e) {
      return Reply.text(e.getMessage());
    }
    Question q = posted(draft, ref.messageId(), names.authorship(ws, number, user.userId()));
    ports.store().save(ws, q);
    ports.store().awaitAdvice(ws, number, at);
    ports.log().asked(ws, number, at);
    if (anon) {
      names.label(ws, number, user.userId(), true);
    }
    allowance.spend(user, DailyAllowance.Kind.ASK);
    LOG.debug("Community question #{} posted in {}", number, ws.key());
    return Reply.of(confirmation(say, posted, q));
  }

  private static Question posted(Question d, String messageId, Authorship author) {
    return new Question(
        d.number(),
        d.channelId(),
        messageId,
        d.situation(),
        d.considering(),
        d.help(),
        d.tags(),
        d.anonymous(),
        d.namedAuthor(),
        author,
        d.askedAt(),
        d.status(),
        d.hiddenReason(),
        null);
  }

  private Messages say(UserRef user) {
    return core.languageOf().messages(user);
  }

  /** The asker's confirmation; {@code shown} is the channel's language, for its own words. */
  private static Message confirmation(Messages say, Messages shown, Question q) {
    String n = Integer.toString(q.number());
    String tags =
        q.tags().isEmpty()
            ? say.text("community.tags.none")
            : String.join(", ", q.tags()); // ids, as `/ally community tags` takes them
    return new Message(
        say.text("community.asked.summary", "n", q.number()),
        List.of(
            new Block.Text(
                say.text(
                    "community.asked",
                    "anonymous",
                    Boolean.toString(q.anonymous()),
                    "channel",
                    q.channelId(),
                    "n",
                    q.number(),
                    "title",
                    CommunityMessages.title(shown, q),
                    "asker",
                    shown.text("community.label.asker"))),
            new Block.Context(say.text("community.asked.context", "tags", tags, "n", q.number())),
            new Block.Buttons(
                List.of(
                    Button.of(say.text("community.edit-tags"), CommunityMessages.EDIT_TAGS, n),
                    Button.of(say.text("community.resolve"), CommunityMessages.RESOLVE, n)))));
  }

  private Optional<String> channel(WorkspaceId ws) {
    return ports
        .store()
        .setup(ws)
        .filter(CommunitySetup::hasChannel)
        .map(CommunitySetup::channelId);
  }

  private Reply noChannel(Actor actor) {
    Messages say = say(actor.user());
    return Reply.text(
        say.text(
            directory.isAdmin(actor)
                ? "community.no-channel.admin"
                : "community.no-channel.member"));
  }
}
