package org.allybot.content;

import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade of a text, with syllables counted by vowel groups: close enough to keep
 * the pack at the reading grade it promises (9 or below).
 */
public final class ReadingGrade {
  /** The highest grade the pack as a whole may read at. */
  public static final double LIMIT = 9.0;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");

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

  /**
   * The vowel groups ({@code [aeiouy]+}) of the word's letters a to z once lower-cased, less a
   * silent final e (not after l) when there are others; at least one for a word with letters. A
   * loop rather than regular expressions: start-up checks the whole pack's words this way.
   */
  static int syllables(String word) {
    int letters = 0;
    int groups = 0;
    boolean afterVowel = false;
    char last = 0;
    char beforeLast = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c < 'a' || c > 'z') {
        continue;
      }
      letters++;
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (vowel && !afterVowel) {
        groups++;
      }
      afterVowel = vowel;
      beforeLast = last;
      last = c;
    }
    if (letters == 0) {
      return 0;
    }
    if (last == 'e' && beforeLast != 'l' && groups > 1) {
      groups--;
    }
    return Math.max(1, groups);
  }
}
