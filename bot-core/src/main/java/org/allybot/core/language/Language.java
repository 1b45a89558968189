package org.allybot.core.language;

import java.util.Locale;
import java.util.Optional;

/**
 * A language Allybot speaks. {@code EN_XA} is the pseudo-locale: English with every letter accented
 * and 40% longer, generated rather than translated, to prove that no text breaks a platform limit.
 */
public enum Language {
  EN("en", Locale.ENGLISH),
  ES("es", Locale.forLanguageTag("es")),
  EN_XA("en-XA", Locale.forLanguageTag("en-XA"));

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** The BCP 47 tag: {@code en}, {@code es}, {@code en-XA}. */
  public String tag() {
    return tag;
  }

  /** The locale that dates, numbers and lists follow (the pseudo-locale formats as English). */
  public Locale locale() {
    return this == EN_XA ? Locale.ENGLISH : locale;
  }

  /** The language whose bundle and pack texts this one reads. */
  public Language source() {
    return this == EN_XA ? EN : this;
  }

  /** A language typed by a person or set in a setting: {@code es}, {@code EN}, {@code en-XA}. */
  public static Optional<Language> ofTag(String text) {
    String t = text == null ? "" : text.strip().replace('_', '-');
    for (Language l : values()) {
      if (l.tag.equalsIgnoreCase(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The language of a platform's locale ({@code es-ES}, {@code es_MX}, {@code en-US}), or empty for
   * one Allybot does not speak. The pseudo-locale is never picked up from a platform.
   */
  public static Optional<Language> ofPlatformLocale(String locale) {
    if (locale == null || locale.isBlank()) {
      return Optional.empty();
    }
    String primary = locale.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    return switch (primary) {
      case "en" -> Optional.of(EN);
      case "es" -> Optional.of(ES);
      default -> Optional.empty();
    };
  }
}
