package org.allybot.teams;

import java.util.Optional;
import org.allybot.core.event.Actor;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/**
 * The language of what the adapter itself says in a turn: to the member, their own choice, else the
 * activity's {@code locale}, else what the core knows; in a shared conversation, its channel's
 * language. English when nobody is known or the store is away.
 */
final class TurnLanguage {
  private final LanguageOf languages;

  TurnLanguage(LanguageOf languages) {
    this.languages = languages;
  }

  Messages member(TeamsTurn turn) {
    Actor actor = turn.actor();
    if (actor == null) {
      return Messages.english();
    }
    try {
      Optional<Language> chosen = languages.choices().chosen(actor.user());
      return Messages.in(
          chosen
              .or(() -> Language.ofPlatformLocale(actor.locale()))
              .orElseGet(() -> languages.member(actor.user())));
    } catch (RuntimeException e) { // the store is away: the note still goes out
      return Messages.english();
    }
  }

  Messages channel(TeamsTurn turn) {
    try {
      return Messages.in(languages.channel(turn.workspace(), turn.channelId()));
    } catch (RuntimeException e) {
      return Messages.english();
    }
  }
}
