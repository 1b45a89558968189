package org.allybot.core.community;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.allybot.core.language.Messages;

/**
 * The rules every community text and yes/no answer follows (the words that explain them are in the
 * bundle).
 */
final class TextRules {
  static final int MAX = 2000;

  private TextRules() {}

  static boolean tooLong(String text) {
    return text.length() > MAX;
  }

  static String lengthProblem(Messages say, String text) {
    return say.text("community.too-long", "length", text.length(), "limit", MAX);
  }

  /** Reads yes/no; blank gives {@code blank}; anything else is empty. */
  static Optional<Boolean> yesNo(String raw, boolean blank) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return Optional.of(blank);
    }
    if (List.of("yes", "y", "true", "on").contains(v)) {
      return Optional.of(true);
    }
    if (List.of("no", "n", "false", "off").contains(v)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }
}
