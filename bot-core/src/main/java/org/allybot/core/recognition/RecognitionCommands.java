package org.allybot.core.recognition;

import static org.allybot.core.recognition.RecognitionTexts.*;

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

  public RecognitionCommands(CoreContext core, MemberDirectory directory) {
    RecognitionPorts ports = core.recognition();
    RecognitionDeliveries deliveries = new RecognitionDeliveries(core.outbox());
    this.store = ports.store();
    this.directory = directory;
    this.give = new GiveThanks(core, ports, deliveries);
    this.consent = new ShareConsent(ports.store(), deliveries);
    this.withdrawal = new ThanksWithdrawal(core, ports.store());
  }

  /** {@code rest} is what follows {@code thanks}. */
  public Reply command(Actor actor, String rest) {
    String line = rest.strip();
    String first = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    String after = line.length() > first.length() ? line.substring(first.length()).strip() : "";
    return switch (first) {
      case "" -> throw new UsageException(NO_RECIPIENT, USAGE);
      case "channel" -> channel(actor, after);
      case "sharing" -> sharing(actor.user(), after);
      case "form" -> form(actor.user(), after);
      case "shared" -> withdrawal.listShared(actor.user());
      default -> give.give(actor.user(), ThanksLine.parse(line));
    };
  }

  public Reply choice(Actor actor, String action, String value) {
    Optional<ThanksActions.Choice> choice = ThanksActions.parse(value);
    if (choice.isEmpty()) {
      return Reply.text(GONE);
    }
    String id = choice.get().id();
    String picked = choice.get().choice();
    return switch (action) {
      case ThanksActions.SENSE ->
          ThanksActions.sense(picked)
              .map(sense -> give.choose(actor.user(), id, sense))
              .orElseGet(() -> Reply.text(badSense(picked)));
      case ThanksActions.SHARE -> consent.answer(actor.user(), id, picked);
      case ThanksActions.WITHDRAW ->
          withdrawal.withdraw(actor.user(), id, picked.equals(ThanksActions.FROM_NOTE));
      default -> Reply.text("That button is no longer active.");
    };
  }

  /** The shortcut's or message action's form, sent back. */
  public Reply form(Actor actor, String formId, Map<String, String> values) {
    Optional<String> author = ThanksActions.formRecipient(formId);
    if (author.isEmpty()) {
      return Reply.text("That form is not available any more.");
    }
    // The form opens on the message's author; the giver may pick someone else, or clear it.
    String picked = values.getOrDefault(ThanksForm.RECIPIENT, author.get()).strip();
    Optional<String> recipient =
        Mentions.user(picked).or(() -> picked.isEmpty() ? Optional.empty() : Optional.of(picked));
    if (recipient.isEmpty()) {
      return Reply.formErrors(Map.of(ThanksForm.RECIPIENT, NO_RECIPIENT_IN_FORM));
    }
    String what = values.getOrDefault(ThanksForm.WHAT, "").strip();
    if (what.isEmpty()) {
      return Reply.formErrors(Map.of(ThanksForm.WHAT, NO_WHAT));
    }
    if (what.length() > GiveThanks.MAX_WHAT) {
      return Reply.formErrors(Map.of(ThanksForm.WHAT, tooLong(what.length(), GiveThanks.MAX_WHAT)));
    }
    String senseId = values.getOrDefault(ThanksForm.SENSE, SUGGEST).strip();
    Optional<Sense> sense = Sense.byId(senseId.toLowerCase(Locale.ROOT));
    if (sense.isEmpty() && !senseId.isEmpty() && !senseId.equals(SUGGEST)) {
      return Reply.formErrors(Map.of(ThanksForm.SENSE, badSense(senseId)));
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
  private Reply form(UserRef giver, String after) {
    String[] words = after.split("\\s+");
    String recipient =
        Mentions.user(words[0])
            .or(() -> words[0].isBlank() ? Optional.empty() : Optional.of(words[0]))
            .orElseThrow(() -> new UsageException(NO_RECIPIENT, USAGE));
    if (recipient.equals(giver.userId())) {
      return Reply.text(SELF);
    }
    boolean withQuote = words.length > 1 && words[1].equalsIgnoreCase("quote");
    return Reply.openForm(ThanksForm.form(recipient, withQuote));
  }

  private Reply channel(Actor actor, String after) {
    if (!directory.isAdmin(actor)) {
      return Reply.text(ADMINS_ONLY);
    }
    String channel =
        Mentions.channel(after.strip())
            .orElseThrow(() ->
                new UsageException(
                    "Name the channel, for example `/ally thanks channel #kudos`.", CHANNEL_USAGE));
    store.setChannel(actor.user().workspace(), channel);
    return Reply.text(channelSet(channel));
  }

  private Reply sharing(UserRef user, String after) {
    if (after.isBlank()) {
      return Reply.text(sharingIs(store.preference(user)));
    }
    SharingPreference p =
        SharingPreference.byId(after)
            .orElseThrow(() -> new UsageException(badSharing(after), SHARING_USAGE));
    store.setPreference(user, p);
    return Reply.of(Message.text(sharingIs(p)));
  }
}
