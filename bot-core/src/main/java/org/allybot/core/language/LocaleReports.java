package org.allybot.core.language;

import java.util.function.Predicate;
import org.allybot.core.UserRef;
import org.allybot.core.event.Actor;

/**
 * Keeps the language of the locale each member's platform reports (Slack's {@code users.info}, the
 * Teams activity's {@code locale}), so that "auto" follows it. Only for people Allybot already
 * keeps a record of: reporting to the desk leaves none behind.
 */
public final class LocaleReports {
  private final LanguageChoices choices;
  private final Predicate<UserRef> isMember;

  public LocaleReports(LanguageChoices choices, Predicate<UserRef> isMember) {
    this.choices = choices;
    this.isMember = isMember;
  }

  public void heard(Actor actor) {
    Language.ofPlatformLocale(actor.locale())
        .filter(l -> !choices.reported(actor.user()).equals(java.util.Optional.of(l)))
        .filter(l -> isMember.test(actor.user()))
        .ifPresent(l -> choices.report(actor.user(), l));
  }
}
