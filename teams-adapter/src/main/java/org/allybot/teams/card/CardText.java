package org.allybot.teams.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the core's chat markup (Slack-flavoured: {@code *bold*}, {@code `code`}, {@code <url|text>}
 * links, {@code <@user>} mentions) into the Markdown subset an Adaptive Card TextBlock renders in
 * Teams. Commands lose their slash, since Teams takes commands as plain text.
 */
public final class CardText {
  private static final Pattern BOLD =
      Pattern.compile("(?<![\\w*])\\*(?![\\s*])([^*\\n]+?)(?<!\\s)\\*(?![\\w*])");
  private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern LINK = Pattern.compile("<(https?://[^|>\\s]+)\\|([^>]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("<(https?://[^|>\\s]+)>");
  private static final Pattern USER = Pattern.compile("<@([^|>]+)(\\|[^>]*)?>");
  private static final Pattern CHANNEL = Pattern.compile("<#([^|>]+)(\\|([^>]*))?>");

  private CardText() {}

  public static String markdown(String text) {
    String out = text.replace("\r\n", "\n");
    out =
        LINK.matcher(out)
            .replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2) + "](" + m.group(1) + ")"));
    out = BARE_LINK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    out = USER.matcher(out).replaceAll(m -> Matcher.quoteReplacement("@" + m.group(1)));
    out =
        CHANNEL
            .matcher(out)
            .replaceAll(m ->
                Matcher.quoteReplacement(
                    "#" + (m.group(3) == null || m.group(3).isEmpty() ? m.group(1) : m.group(3))));
    out = BOLD.matcher(out).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(1) + "**"));
    out =
        CODE.matcher(out)
            .replaceAll(m -> Matcher.quoteReplacement("**" + command(m.group(1)) + "**"));
    // A single newline is a soft break in Markdown; Teams needs a blank line to start a new one.
    return out.replace("\n", "\n\n");
  }

  /** The same text with all markup removed, for notifications and fallbacks. */
  public static String plain(String text) {
    return markdown(text).replace("**", "").replace("\n\n", "\n");
  }

  private static String command(String code) {
    return code.startsWith("/ally") ? code.substring(1) : code;
  }
}
