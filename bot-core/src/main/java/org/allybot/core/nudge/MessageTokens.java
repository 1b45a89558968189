package org.allybot.core.nudge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a chat message into lower-cased words, leaving out what the author did not write in their
 * own voice: code (fenced and inline), quotes ({@code >} lines and text in quotation marks), links,
 * mentions ({@code <@U..>}, {@code <#C..>}, Teams' {@code <at>..</at>}) and {@code :emoji:}. One
 * pass over the characters, no regular expressions: it runs on every message in a channel.
 */
final class MessageTokens {
  /**
   * One word: lower-cased, with whether it was written Title-case and whether it opens a sentence.
   */
  record Token(String word, boolean titleCase, boolean sentenceStart) {}

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int i;
  private boolean sentenceStart = true;
  private boolean lineStart = true;

  private MessageTokens(String text) {
    this.text = text;
  }

  static List<Token> of(String text) {
    MessageTokens scan = new MessageTokens(text);
    scan.run();
    return scan.tokens;
  }

  private void run() {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (lineStart && startsQuoteLine()) {
        skipPast("\n");
        continue;
      }
      lineStart = false;
      if (Character.isLetterOrDigit(c)) {
        word();
        continue;
      }
      if (!skipSpecial(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n') {
          sentenceStart = true;
        }
        if (c == '\n') {
          lineStart = true;
        }
        i++;
      }
    }
  }

  /** A {@code >} quote line, after any leading spaces. */
  private boolean startsQuoteLine() {
    int j = i;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return text.startsWith(">", j) || text.startsWith("&gt;", j);
  }

  /** Skips code, links, mentions, emoji and quoted text; false when {@code c} starts none. */
  private boolean skipSpecial(char c) {
    switch (c) {
      case '`' -> {
        if (text.startsWith("```", i)) {
          return skipBetween("```", "```");
        }
        return skipBetween("`", "`");
      }
      case '<' -> {
        if (text.startsWith("<at>", i)) {
          return skipBetween("<at>", "</at>");
        }
        return skipBetween("<", ">");
      }
      case '"' -> {
        return skipBetween("\"", "\"");
      }
      case '“' -> {
        return skipBetween("“", "”");
      }
      case '‘' -> {
        return skipBetween("‘", "’");
      }
      case ':' -> {
        return skipEmoji();
      }
      default -> {
        return false;
      }
    }
  }

  /** Skips from {@code open} to just after the next {@code close}, if there is one. */
  private boolean skipBetween(String open, String close) {
    int end = text.indexOf(close, i + open.length());
    if (end < 0) {
      return false;
    }
    i = end + close.length();
    return true;
  }

  private void skipPast(String what) {
    int end = text.indexOf(what, i);
    i = end < 0 ? text.length() : end + what.length();
    sentenceStart = true;
    lineStart = true;
  }

  /** {@code :name:} with letters, digits, {@code _ + -} only, as Slack and Teams write emoji. */
  private boolean skipEmoji() {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == ':') {
        if (j == i + 1) {
          return false;
        }
        i = j + 1;
        return true;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '-')) {
        return false;
      }
      j++;
    }
    return false;
  }

  /**
   * A word, or a link (a word followed by {@code ://}, or starting {@code www.}), skipped whole.
   */
  private void word() {
    int start = i;
    int n = text.length();
    while (i < n && isWordChar(text.charAt(i), i, start)) {
      i++;
    }
    if (text.startsWith("://", i) || text.regionMatches(true, start, "www.", 0, 4)) {
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      return;
    }
    int end = i;
    while (end > start && isApostrophe(text.charAt(end - 1))) {
      end--;
    }
    add(text.substring(start, end));
  }

  private boolean isWordChar(char c, int at, int start) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    // An apostrophe inside a word (don't, layman's); a quote around a word ends it.
    return isApostrophe(c)
        && at > start
        && at + 1 < text.length()
        && Character.isLetter(text.charAt(at + 1));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private void add(String raw) {
    String word = raw.toLowerCase(Locale.ROOT);
    if (word.indexOf('’') >= 0) {
      word = word.replace('’', '\'');
    }
    tokens.add(new Token(word, isTitleCase(raw), sentenceStart));
    sentenceStart = false;
  }

  private static boolean isTitleCase(String raw) {
    if (raw.length() < 2 || !Character.isUpperCase(raw.charAt(0))) {
      return false;
    }
    for (int k = 1; k < raw.length(); k++) {
      if (Character.isLowerCase(raw.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
