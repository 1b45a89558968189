package org.allybot.core.recognition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Recognition's messages in one language, each at its longest (a 1,000-character thanks, a full
 * quote), for the adapters' render tests: the chooser, the note in each state, the channel post,
 * the list of shared thanks, and the form.
 */
public final class RecognitionSamples {
  private RecognitionSamples() {}

  private static Recognition longest(Recognition.State state, boolean wantsPublic) {
    String what = ("stepped in when a colleague was talked over, and made room. ").repeat(20);
    return new Recognition(
        "42",
        "U0GIVER0001",
        "U0RECIPIENT",
        what.substring(0, GiveThanks.MAX_WHAT),
        "Let's hear from Ola before we decide. ".repeat(30).substring(0, GiveThanks.MAX_QUOTE),
        Sense.PRIVILEGE,
        wantsPublic,
        state,
        Instant.parse("2026-11-23T09:00:00Z"));
  }

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    Recognition draft = longest(Recognition.State.DRAFT, true);
    return List.of(
        RecognitionMessages.chooser(
            say,
            draft,
            Optional.of(
                new SenseSuggestion.Suggested(Sense.PRIVILEGE, List.of("privilege", "doors")))),
        RecognitionMessages.chooser(say, draft, Optional.empty()),
        RecognitionMessages.toRecipient(say, longest(Recognition.State.SENT, true), "C0KUDOS0001"),
        RecognitionMessages.toRecipient(
            say, longest(Recognition.State.PUBLIC, true), "C0KUDOS0001"),
        RecognitionMessages.toRecipient(
            say, longest(Recognition.State.WITHDRAWN, true), "C0KUDOS0001"),
        RecognitionMessages.channelPost(say, longest(Recognition.State.PUBLIC, true)));
  }

  /** The shortcut's form, with the quote offered. */
  public static Block.Form form(Language language) {
    return ThanksForm.form(Messages.in(language), "U0AUTHOR001", true);
  }
}
