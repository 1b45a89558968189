package org.allybot.server.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.core.language.LanguageChoices;
import org.allybot.core.language.Messages;
import org.allybot.core.signin.LinkHolder;

/**
 * Which language a dashboard page is in: the signed-in admin's own language when Allybot knows it
 * (their choice, else their chat app's), else the browser's {@code Accept-Language} (the first of
 * Allybot's languages it names, by its weights), else the installation's default language.
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
    return Messages.in(own.or(() -> browser(acceptLanguage)).orElse(defaultLanguage));
  }

  /** The browser's preferred language among Allybot's; a malformed header counts as none. */
  static Optional<Language> browser(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return ranges.stream()
        .filter(r -> r.getWeight() > 0)
        .map(r -> Language.ofPlatformLocale(r.getRange()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
