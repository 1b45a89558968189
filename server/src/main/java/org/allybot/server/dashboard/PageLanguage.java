package org.allybot.server.dashboard;

import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.language.Messages;
import org.allybot.core.signin.LinkHolder;

/**
 * Which language a dashboard page is in: the signed-in admin's own language when Allybot knows it
 * (their choice, else their chat app's), else the browser's, as every web page picks it ({@link
 * org.allybot.server.web.PageLanguage}).
 */
final class PageLanguage {
  private final LanguageChoices choices;
  private final Language defaultLanguage;

  PageLanguage(LanguageChoices choices, Language defaultLanguage) {
    this.choices = choices;
    this.defaultLanguage = defaultLanguage;
  }

  Messages of(Optional<LinkHolder> admin, String acceptLanguage) {
    Optional<Language> own =
        admin.flatMap(a -> choices.chosen(a.user()).or(() -> choices.reported(a.user())));
    return Messages.in(
        org.allybot.server.web.PageLanguage.of(own, acceptLanguage, defaultLanguage));
  }
}
