package org.allybot.core.recognition;

import java.time.Duration;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.ChatPlatform;
import org.allybot.core.CoreContext;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserKind;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SenseNames;
import org.allybot.core.message.Message;

/**
 * Gives a thanks: checks the recipient and the giver's daily allowance, asks for the sense when it
 * was left out, then queues the recipient's note (and the channel post when they always allow it).
 */
final class GiveThanks {
  /** Long enough for a few warm sentences, short enough for a chat message and a digest line. */
  static final int MAX_WHAT = 1000;

  static final int MAX_QUOTE = 1000;

  private final CoreContext core;
  private final RecognitionStore store;
  private final RecognitionConfig config;
  private final RecognitionDeliveries deliveries;

  GiveThanks(CoreContext core, RecognitionPorts ports, RecognitionDeliveries deliveries) {
    this.core = core;
    this.store = ports.store();
    this.config = ports.config();
    this.deliveries = deliveries;
  }

  /** Why a thanks cannot go; {@code field} is the form field it is about, or empty. */
  private record Refusal(String text, String field) {
    static Optional<Refusal> of(String text) {
      return Optional.of(new Refusal(text, ""));
    }

    static Optional<Refusal> aboutRecipient(String text) {
      return Optional.of(new Refusal(text, ThanksForm.RECIPIENT));
    }
  }

  Reply give(UserRef giver, ThanksRequest request) {
    return give(giver, request, false);
  }

  /**
   * {@code fromForm}: a refusal about the recipient (yourself, a bot, nobody known) is shown under
   * the form's recipient field, so the giver can pick someone else without losing what they wrote.
   */
  Reply give(UserRef giver, ThanksRequest request, boolean fromForm) {
    Messages say = core.languageOf().messages(giver);
    Optional<Refusal> refusal = refusal(say, giver, request);
    if (refusal.isPresent()) {
      return fromForm && !refusal.get().field().isEmpty()
          ? Reply.formErrors(java.util.Map.of(refusal.get().field(), refusal.get().text()))
          : Reply.text(refusal.get().text());
    }
    WorkspaceId ws = giver.workspace();
    Recognition draft =
        new Recognition(
            store.nextId(ws),
            giver.userId(),
            request.recipientId(),
            request.what(),
            shorten(request.quote(), MAX_QUOTE),
            null,
            request.wantsPublic(),
            Recognition.State.DRAFT,
            core.clock().instant());
    store.save(ws, draft);
    if (request.sense().isEmpty()) {
      return Reply.of(
          RecognitionMessages.chooser(say, draft, SenseSuggestion.suggest(request.what())));
    }
    return Reply.of(send(say, ws, draft.withSense(request.sense().get())));
  }

  /** The giver chose the sense of a draft: send it, once however often the button is pressed. */
  Reply choose(UserRef giver, String id, Sense sense) {
    WorkspaceId ws = giver.workspace();
    Messages say = core.languageOf().messages(giver);
    Optional<Recognition> found = store.find(ws, id);
    if (found.isEmpty()) {
      return Reply.text(say.text("recognition.gone"));
    }
    Recognition r = found.get();
    if (!r.giverId().equals(giver.userId())) {
      return Reply.text(say.text("recognition.not-giver"));
    }
    if (r.state() != Recognition.State.DRAFT) {
      return Reply.replacing(Message.text(say.text("recognition.already-sent")));
    }
    if (store.given(giver, core.today()) >= config.thanksPerDay()) {
      return Reply.replacing(Message.text(capReached(say)));
    }
    return Reply.replacing(send(say, ws, r.withSense(sense)));
  }

  private Message send(Messages say, WorkspaceId ws, Recognition chosen) {
    if (!store.claim(ws, chosen.id(), "send")) {
      return Message.text(say.text("recognition.already-sent"));
    }
    store.countGiven(
        new UserRef(ws, chosen.giverId()),
        core.today(),
        Duration.between(
            core.clock().instant(),
            core.today().plusDays(2).atStartOfDay(core.config().defaultZone()).toInstant()));
    Optional<String> channel = store.channel(ws);
    SharingPreference preference = store.preference(new UserRef(ws, chosen.recipientId()));
    String publicNote = "";
    Recognition r = chosen.withState(Recognition.State.SENT);
    if (chosen.wantsPublic()) {
      if (channel.isEmpty()) {
        publicNote = say.text("recognition.public.no-channel");
        r = r.withPublic(false);
      } else if (preference == SharingPreference.NEVER) {
        publicNote = say.text("recognition.public.never");
        r = r.withPublic(false);
      } else if (preference == SharingPreference.ALWAYS) {
        publicNote = say.text("recognition.public.posted", "channel", channel.get());
        r = r.withState(Recognition.State.PUBLIC);
      } else {
        publicNote = say.text("recognition.public.will-ask", "channel", channel.get());
      }
    }
    store.save(ws, r);
    deliveries.toRecipient(ws, r);
    if (r.state() == Recognition.State.PUBLIC) {
      deliveries.toChannel(ws, r, channel.get());
    }
    String text =
        say.text(
            "recognition.sent",
            "recipient",
            r.recipientId(),
            "sense",
            SenseNames.of(say, r.sense()));
    return Message.text(publicNote.isEmpty() ? text : text + " " + publicNote);
  }

  /**
   * Why this thanks cannot be given, if it cannot. Cheap checks come first; the platform is asked
   * about the recipient only for a thanks that could otherwise go.
   */
  private Optional<Refusal> refusal(Messages say, UserRef giver, ThanksRequest request) {
    if (request.what().isBlank()) {
      return Refusal.of(say.text("recognition.no-what"));
    }
    if (request.what().length() > MAX_WHAT) {
      return Refusal.of(tooLong(say, request.what().length()));
    }
    if (request.recipientId().equals(giver.userId())) {
      return Refusal.aboutRecipient(say.text("recognition.self"));
    }
    UserRef recipient = new UserRef(giver.workspace(), request.recipientId());
    Optional<UserKind> kind = kindOf(recipient);
    if (kind.isEmpty()) {
      return Refusal.of(say.text("recognition.platform-busy"));
    }
    if (kind.get() == UserKind.BOT) {
      return Refusal.aboutRecipient(say.text("recognition.bot"));
    }
    if (kind.get() == UserKind.UNKNOWN) {
      return Refusal.aboutRecipient(
          say.text("recognition.unknown", "who", "@" + request.recipientId()));
    }
    if (store.given(giver, core.today()) >= config.thanksPerDay()) {
      return Refusal.of(capReached(say));
    }
    if (core.members().find(recipient).map(m -> !m.optedIn()).orElse(false)) {
      return Refusal.of(say.text("recognition.opted-out", "recipient", request.recipientId()));
    }
    return Optional.empty();
  }

  /** The platform's answer; empty when it could not be asked right now. */
  private Optional<UserKind> kindOf(UserRef user) {
    ChatPlatform platform = core.platforms().get(user.workspace().platform());
    if (platform == null) {
      return Optional.of(UserKind.PERSON);
    }
    try {
      return Optional.of(platform.kindOf(user));
    } catch (DeliveryException e) {
      return Optional.empty();
    }
  }

  private String capReached(Messages say) {
    return say.text("recognition.cap", "limit", Integer.toString(config.thanksPerDay()));
  }

  /** Lengths as plain digits, as the giver counts them ("1001", not "1,001"). */
  static String tooLong(Messages say, int length) {
    return say.text(
        "recognition.too-long",
        "length",
        Integer.toString(length),
        "max",
        Integer.toString(MAX_WHAT));
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
