package org.allybot.core.desk;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;

/**
 * Reads a form choice back in whichever language it was offered in: a Spanish reporter's "a mí" and
 * an English one's "me" are the same answer, so a form opened in one language and read in another
 * (or typed in the shell) still counts. Case and accents do not matter: "si" is "sí".
 */
final class ChoiceWords {
  private ChoiceWords() {}

  /** Whether {@code typed} is the text of {@code key} in any language Allybot speaks. */
  static boolean means(String typed, String key) {
    String v = plain(typed);
    return Arrays.stream(Language.values())
        .anyMatch(l -> plain(Messages.in(l).text(key)).equals(v));
  }

  private static String plain(String text) {
    return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
  }
}
