package org.allybot.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.allybot.core.language.Language;

/**
 * Which language a web page is written in: the member's own when the page knows who it is for, else
 * the first language of the browser's {@code Accept-Language} that Allybot speaks (en, es), else
 * the workspace default. A malformed header counts as none.
 */
public final class PageLanguage {
  private PageLanguage() {}

  public static Language of(
      Optional<Language> member, String acceptLanguage, Language workspaceDefault) {
    return member.or(() -> fromHeader(acceptLanguage)).orElse(workspaceDefault);
  }

  /** The browser's most wanted language that Allybot speaks, if any. */
  public static Optional<Language> fromHeader(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
      return Optional.empty();
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    // parse() orders the ranges by weight, most wanted first.
    return ranges.stream()
        .filter(r -> r.getWeight() > 0)
        .map(r -> Language.ofPlatformLocale(r.getRange()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
