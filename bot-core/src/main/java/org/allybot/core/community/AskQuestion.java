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
      return Reply.text(allowance.refusal(DailyAllowance.Kind.ASK));
    }
    return Reply.openForm(CommunityMessages.askForm());
  }

  Reply submit(Actor actor, Map<String, String> values) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    String situation = values.getOrDefault("situation", "").strip();
    String considering = values.getOrDefault("considering", "").strip();
    String help = values.getOrDefault("help", "").strip().toLowerCase(Locale.ROOT);
    Optional<Boolean> anonymous = Texts.yesNo(values.getOrDefault("anonymous", ""), true);
    Map<String, String> errors = new LinkedHashMap<>();
    if (situation.isEmpty()) {
      errors.put("situation", "Describe the situation: a sentence or two is enough.");
    } else if (Texts.tooLong(situation)) {
      errors.put("situation", Texts.lengthProblem(situation) + " Please shorten it.");
    }
    if (Texts.tooLong(considering)) {
      errors.put("considering", Texts.lengthProblem(considering) + " Please shorten it.");
    }
    if (!help.isEmpty() && !CommunityMessages.HELP_KINDS.contains(help)) {
      errors.put("help", "Choose advice, a second opinion or resources.");
    }
    if (anonymous.isEmpty()) {
      errors.put("anonymous", "Answer yes or no.");
    }
    if (!errors.isEmpty()) {
      return Reply.formErrors(errors);
    }
    Optional<String> channel = channel(ws);
    if (channel.isEmpty()) {
      return noChannel(actor);
    }
    if (allowance.exhausted(user, DailyAllowance.Kind.ASK)) {
      return Reply.text(allowance.refusal(DailyAllowance.Kind.ASK));
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
    try {
      ref = poster.post(ws, channel.get(), "", CommunityMessages.question(draft));
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
    return Reply.of(confirmation(q));
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

  private static Message confirmation(Question q) {
    String n = Integer.toString(q.number());
    String how =
        q.anonymous()
            ? ", anonymously: it reads \"An ally asks…\", and your replies in its thread are"
                + " signed \"Asker\"."
            : ", under your name.";
    return new Message(
        "Your question is posted as #" + n,
        List.of(
            new Block.Text(
                "Your question is posted in <#"
                    + q.channelId()
                    + "> as #"
                    + n
                    + how
                    + " I'll tell you privately when advice arrives; reply to that message to"
                    + " answer in the thread."),
            new Block.Context(
                "Senses I guessed: "
                    + (q.tags().isEmpty() ? "none" : String.join(", ", q.tags()))
                    + " (change them with `/ally community tags "
                    + n
                    + " act,listen`) · Follow up: `/ally followup "
                    + n
                    + " TEXT` · Done: `/ally resolve "
                    + n
                    + " [what I did]`"),
            new Block.Buttons(
                List.of(
                    Button.of("Edit tags", CommunityMessages.EDIT_TAGS, n),
                    Button.of("Resolve", CommunityMessages.RESOLVE, n)))));
  }

  private Optional<String> channel(WorkspaceId ws) {
    return ports
        .store()
        .setup(ws)
        .filter(CommunitySetup::hasChannel)
        .map(CommunitySetup::channelId);
  }

  private Reply noChannel(Actor actor) {
    if (directory.isAdmin(actor)) {
      return Reply.text(
          "There's no community channel yet. Choose one with `/ally community set #channel`"
              + " (invite me to it first), then members can ask with `/ally ask`.");
    }
    return Reply.text(
        "There's no community channel yet, so there's nowhere to ask. Ask an Allybot admin to set"
            + " one up with `/ally community set #channel`.");
  }
}
