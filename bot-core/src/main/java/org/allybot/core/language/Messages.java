package org.allybot.core.language;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's texts in one language: {@code text("poll.header", "title", t)} formats the bundle's
 * pattern with named arguments (ICU plurals and select), falling back to English key by key. Dates,
 * times, numbers and lists follow the language's locale.
 */
public final class Messages {
  private static final Map<Language, Messages> BUILT_IN = new java.util.EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) {
      BUILT_IN.put(l, new Messages(l, Bundles.builtIn()));
    }
  }

  private final Language language;
  private final Bundles bundles;
  private final ULocale locale;
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  Messages(Language language, Bundles bundles) {
    this.language = language;
    this.bundles = bundles;
    this.locale = ULocale.forLocale(language.locale());
  }

  /** The built-in bundles in {@code language}. */
  public static Messages in(Language language) {
    return BUILT_IN.get(language);
  }

  /** English, for texts nobody's language is known for (logs aside: logs hold no texts). */
  public static Messages english() {
    return in(Language.EN);
  }

  public Language language() {
    return language;
  }

  /**
   * The text for {@code key} with {@code nameValues} given as name, value, name, value...
   *
   * @throws IllegalArgumentException for a key no bundle has (a programming error)
   */
  public String text(String key, Object... nameValues) {
    if (nameValues.length % 2 != 0) {
      throw new IllegalArgumentException("Arguments come in name/value pairs for " + key);
    }
    Map<String, Object> args = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      args.put((String) nameValues[i], nameValues[i + 1]);
    }
    return format(key, args);
  }

  public String format(String key, Map<String, Object> args) {
    MessageFormat format = formats.computeIfAbsent(key, this::parse);
    String formatted;
    synchronized (format) { // an ICU MessageFormat may not format on two threads at once
      formatted = format.format(args);
    }
    return language == Language.EN_XA ? PseudoLocale.of(formatted) : formatted;
  }

  /** Parsing a pattern costs far more than formatting it, and every poll formats a dozen. */
  private MessageFormat parse(String key) {
    String pattern =
        bundles
            .pattern(language, key)
            .orElseThrow(() -> new IllegalArgumentException("No message " + key));
    return new MessageFormat(pattern, locale);
  }

  /** A day as the language writes it in full: "7 December 2026", "7 de diciembre de 2026". */
  public String date(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(day);
  }

  /**
   * A time of day as the language writes it: "9:30 AM", "9:30". CLDR puts a narrow no-break space
   * before "AM"; a plain space reads the same in every chat client and terminal.
   */
  public String time(LocalTime time) {
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
        .withLocale(language.locale())
        .format(time)
        .replace('\u202f', ' ');
  }

  /** A whole number with the language's grouping: "1,234", "1234" or "12.345". */
  public String number(long n) {
    return com.ibm.icu.text.NumberFormat.getIntegerInstance(locale).format(n);
  }

  /** Items joined as the language joins a list: "a, b and c", "a, b y c". */
  public String list(List<String> items) {
    return ListFormatter.getInstance(locale).format(items);
  }
}
