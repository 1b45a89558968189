package org.allybot.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of a text, with syllables counted by vowel groups: close enough to keep
 * the pack at the reading grade it promises (9 or below).
 */
public final class ReadingGrade {
  /** The highest grade the pack as a whole may read at. */
  public static final double LIMIT = 9.0;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

  private ReadingGrade() {}

  public static double of(String text) {
    String[] words = text.strip().split("\\s+");
    if (text.isBlank()) {
      return 0;
    }
    int sentences = Math.max(1, (int) SENTENCE_END.matcher(text).results().count());
    int syllables = 0;
    for (String word : words) {
      syllables += syllables(word);
    }
    return 0.39 * words.length / sentences + 11.8 * syllables / words.length - 15.59;
  }

  static int syllables(String word) {
    String w = NOT_A_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (w.isEmpty()) {
      return 0;
    }
    Matcher m = VOWELS.matcher(w);
    int groups = (int) m.results().count();
    if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
      groups--;
    }
    return Math.max(1, groups);
  }
}
