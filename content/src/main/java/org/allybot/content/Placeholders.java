package org.allybot.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation placeholders content may use, filled per workspace by the bot ({@code /ally
 * admin set KEY VALUE}) or, when unset, with words that read naturally.
 */
public final class Placeholders {
  /** The keys of {@code {org.KEY}}. */
  public static final List<String> KEYS = List.of("name", "report_desk", "policy_url");

  private static final Pattern ANY = Pattern.compile("\\{([^{}\\s]*)}");

  private Placeholders() {}

  /** Reports every {@code {...}} in the text that is not a known placeholder. */
  static void check(YamlItem item, String text) {
    Matcher m = ANY.matcher(text);
    while (m.find()) {
      String inner = m.group(1);
      if (!inner.startsWith("org.") || !KEYS.contains(inner.substring(4))) {
        item.problem(
            "unknown placeholder '{"
                + inner
                + "}'; use {org.name}, {org.report_desk} or {org.policy_url}");
      }
    }
  }
}
