package org.allybot.slack.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long text into pieces that fit Slack's limits, at a paragraph, line or word break, never in
 * the middle of a word (unless one word alone is longer than the limit), and escapes mrkdwn.
 */
public final class TextChunks {
  private TextChunks() {}

  /** The pieces of {@code text}, each at most {@code limit} characters. */
  public static List<String> split(String text, int limit) {
    List<String> chunks = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > limit) {
      int cut = breakBefore(rest, limit);
      chunks.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || chunks.isEmpty()) {
      chunks.add(rest);
    }
    return chunks;
  }

  /** At most {@code limit} characters, ending at a word break with an ellipsis if cut. */
  public static String shorten(String text, int limit) {
    String s = text.strip();
    if (s.length() <= limit) {
      return s;
    }
    int cut = s.lastIndexOf(' ', limit - 1);
    if (cut < limit / 2) {
      cut = limit - 1;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }

  /**
   * Escapes the three characters Slack's mrkdwn reserves, but keeps plain user and channel mentions
   * ({@code <@U123>}, {@code <#C123>}) so that they show as names. Special mentions such as {@code
   * <!here>} and links stay escaped, so no text can ping a whole channel.
   */
  public static String escape(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return MENTION.matcher(escaped).replaceAll("<$1>");
  }

  private static final java.util.regex.Pattern MENTION =
      java.util.regex.Pattern.compile("&lt;([@#][UWCG][A-Z0-9]{2,})&gt;");

  /** Undoes {@link #escape}, for text Slack sent us. */
  public static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Prefers a paragraph, then a line, then a word break, none too early in the piece. */
  private static int breakBefore(String text, int limit) {
    for (int floor : new int[] {limit / 3, 1}) {
      for (String mark : new String[] {"\n\n", "\n", " "}) {
        int at = text.lastIndexOf(mark, limit - mark.length());
        if (at >= floor) {
          return at + mark.length();
        }
      }
    }
    return limit;
  }
}
