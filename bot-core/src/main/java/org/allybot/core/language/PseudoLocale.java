package org.allybot.core.language;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns English into the pseudo-locale: every letter accented and the text 40% longer, so that
 * render tests find texts that would break a platform's limits once translated. Links, mentions
 * ({@code <#C1>}) and {@code `code`} (command words, which stay English) are left as they are.
 */
public final class PseudoLocale {
  private static final Pattern VERBATIM = Pattern.compile("`[^`]*`|<[^>\\s]*>|https?://\\S+");
  private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ACCENTED = "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹḾÑÓƤɊŔŠŢÚṼŴẊÝŽ";
  private static final String PAD = "ŀőŕéɱ íƥšúɱ đőŀőŕ šíţ áɱéţ çőñšéçţéţúŕ";

  private PseudoLocale() {}

  public static String of(String english) {
    if (english.isEmpty()) {
      return english;
    }
    StringBuilder out = new StringBuilder(english.length() * 3 / 2);
    Matcher m = VERBATIM.matcher(english);
    int at = 0;
    while (m.find()) {
      accent(english.substring(at, m.start()), out);
      out.append(m.group());
      at = m.end();
    }
    accent(english.substring(at), out);
    return out.append(padding(english.length())).toString();
  }

  private static void accent(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int k = PLAIN.indexOf(c);
      out.append(k < 0 ? c : ACCENTED.charAt(k));
    }
  }

  /** Whole words, so that truncating the text can still stop between words. */
  private static String padding(int length) {
    int wanted = (int) Math.ceil(length * 0.4);
    StringBuilder pad = new StringBuilder();
    while (pad.length() < wanted) {
      pad.append(' ').append(PAD, 0, Math.min(PAD.length(), wanted - pad.length()));
    }
    return pad.toString();
  }
}
