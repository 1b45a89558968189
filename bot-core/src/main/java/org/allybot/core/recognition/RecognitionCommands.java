package org.allybot.core.recognition;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.command.Mentions;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Message;

/**
 * Recognition behind the one door: {@code /ally thanks ...}, its buttons, and the form that the
 * Slack message shortcut and the Teams message action open.
 */
public final class RecognitionCommands {
  /** Every recognition button action and form id starts with this. */
  public static final String PREFIX = ThanksActions.PREFIX;

  private final RecognitionStore store;
  private final MemberDirectory directory;
  private final GiveThanks give;
  private final ShareConsent consent;
  private final ThanksWithdrawal withdrawal;
  private final LanguageOf languageOf;

  public RecognitionCommands(CoreContext core, MemberDirectory directory) {
    RecognitionPorts ports = core.recognition();
    RecognitionDeliveries deliveries = new RecognitionDeliveries(core.outbox());
    this.store = ports.store();
    this.directory = directory;
    this.give = new GiveThanks(core, ports, deliveries);
    this.consent = new ShareConsent(ports.store(), deliveries, core.languageOf());
    this.languageOf = core.languageOf();
    this.withdrawal = new ThanksWithdrawal(core, ports.store());
  }

  /** {@code rest} is what follows {@code thanks}. */
  public Reply command(Actor actor, String rest) {
    String line = rest.strip();
    String first = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    String after = line.length() > first.length() ? line.substring(first.length()).strip() : "";
    Messages say = languageOf.messages(actor.user());
    return switch (first) {
      case "" -> throw noRecipient(say);
      case "channel" -> channel(say, actor, after);
      case "sharing" -> sharing(say, actor.user(), after);
      case "form" -> form(say, actor.user(), after);
      case "shared" -> withdrawal.listShared(actor.user());
      default -> give.give(actor.user(), ThanksLine.parse(say, line));
    };
  }

  private static UsageException noRecipient(Messages say) {
    return new UsageException(
        say.text("recognition.no-recipient"), say.text(RecognitionTexts.USAGE));
  }

  public Reply choice(Actor actor, String action, String value) {
    Messages say = languageOf.messages(actor.user());
    Optional<ThanksActions.Choice> choice = ThanksActions.parse(value);
    if (choice.isEmpty()) {
      return Reply.text(say.text("recognition.gone"));
    }
    String id = choice.get().id();
    String picked = choice.get().choice();
    return switch (action) {
      case ThanksActions.SENSE ->
          ThanksActions.sense(picked)
              .map(sense -> give.choose(actor.user(), id, sense))
              .orElseGet(() -> Reply.text(say.text("recognition.bad-sense", "word", picked)));
      case ThanksActions.SHARE -> consent.answer(actor.user(), id, picked);
      case ThanksActions.WITHDRAW ->
          withdrawal.withdraw(actor.user(), id, picked.equals(ThanksActions.FROM_NOTE));
      default -> Reply.text(say.text("recognition.button-gone"));
    };
  }

  /** The shortcut's or message action's form, sent back. */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    Messages say = languageOf.messages(actor.user());
    Optional<String> author = ThanksActions.formRecipient(formId);
    if (author.isEmpty()) {
      return Reply.text(say.text("recognition.form-gone"));
    }
    // The form opens on the message's author; the giver may pick someone else, or clear it.
    String picked = values.getOrDefault(ThanksForm.RECIPIENT, author.get()).strip();
    Optional<String> recipient =
        Mentions.user(picked).or(() -> picked.isEmpty() ? Optional.empty() : Optional.of(picked));
    if (recipient.isEmpty()) {
      return Reply.formErrors(
          Map.of(ThanksForm.RECIPIENT, say.text("recognition.no-recipient.form")));
    }
    String what = values.getOrDefault(ThanksForm.WHAT, "").strip();
    if (what.isEmpty()) {
      return Reply.formErrors(Map.of(ThanksForm.WHAT, say.text("recognition.no-what")));
    }
    if (what.length() > GiveThanks.MAX_WHAT) {
      return Reply.formErrors(Map.of(ThanksForm.WHAT, GiveThanks.tooLong(say, what.length())));
    }
    String senseId = values.getOrDefault(ThanksForm.SENSE, ThanksForm.SUGGEST).strip();
    Optional<Sense> sense = Sense.byId(senseId.toLowerCase(Locale.ROOT));
    if (sense.isEmpty() && !senseId.isEmpty() && !senseId.equals(ThanksForm.SUGGEST)) {
      return Reply.formErrors(
          Map.of(ThanksForm.SENSE, say.text("recognition.bad-sense", "word", senseId)));
    }
    boolean quote = "yes".equals(values.get(ThanksForm.QUOTE));
    return give.give(
        actor.user(),
        new ThanksRequest(
            recipient.get(),
            what,
            sense,
            "yes".equals(values.get(ThanksForm.PUBLIC)),
            quote ? values.getOrDefault(ThanksForm.QUOTED_TEXT, "").strip() : ""),
        true);
  }

  /** {@code thanks form @person [quote]}: the form to thank them, as the shortcuts open it. */
  private Reply form(Messages say, UserRef giver, String after) {
    String[] words = after.split("\\s+");
    String recipient =
        Mentions.user(words[0])
            .or(() -> words[0].isBlank() ? Optional.empty() : Optional.of(words[0]))
            .orElseThrow(() -> noRecipient(say));
    if (recipient.equals(giver.userId())) {
      return Reply.text(say.text("recognition.self"));
    }
    boolean withQuote = words.length > 1 && words[1].equalsIgnoreCase("quote");
    return Reply.openForm(ThanksForm.form(say, recipient, withQuote));
  }

  private Reply channel(Messages say, Actor actor, String after) {
    if (!directory.isAdmin(actor)) {
      return Reply.text(say.text("recognition.admins-only"));
    }
    String channel =
        Mentions.channel(after.strip())
            .orElseThrow(() ->
                new UsageException(
                    say.text("recognition.channel.which"), say.text("recognition.channel.usage")));
    store.setChannel(actor.user().workspace(), channel);
    return Reply.text(say.text("recognition.channel.set", "channel", channel));
  }

  private Reply sharing(Messages say, UserRef user, String after) {
    String usage = say.text("recognition.sharing.usage");
    if (after.isBlank()) {
      return Reply.text(sharingIs(say, store.preference(user)));
    }
    SharingPreference p =
        SharingPreference.byId(after)
            .orElseThrow(() ->
                new UsageException(say.text("recognition.sharing.bad", "word", after), usage));
    store.setPreference(user, p);
    return Reply.of(Message.text(sharingIs(say, p)));
  }

  private static String sharingIs(Messages say, SharingPreference p) {
    return say.text(
        "recognition.sharing.is",
        "preference",
        p.id(),
        "usage",
        say.text("recognition.sharing.usage"));
  }
}
