package org.allybot.core.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads user and channel mentions in the forms platforms send them: Slack's escaped {@code
 * <@U123|name>} and {@code <#C123|name>}, and plain {@code @name} / {@code #name} as typed in the
 * shell or Teams (where a channel id such as {@code 19:abc@thread.tacv2} holds an {@code @}).
 */
public final class Mentions {
  private static final Pattern SLACK_USER = Pattern.compile("<@([A-Z0-9]+)(\\|[^>]*)?>");
  private static final Pattern SLACK_CHANNEL = Pattern.compile("<#([A-Z0-9]+)(\\|[^>]*)?>");
  private static final Pattern PLAIN = Pattern.compile("[@#]([\\w.:-]+)");
  private static final Pattern PLAIN_CHANNEL = Pattern.compile("#([\\w.:-]+(?:@[\\w.:-]+)?)");

  private Mentions() {}

  public static Optional<String> user(String token) {
    return first(SLACK_USER, token)
        .or(() -> token.startsWith("@") ? first(PLAIN, token) : Optional.empty());
  }

  public static Optional<String> channel(String token) {
    return first(SLACK_CHANNEL, token)
        .or(() -> token.startsWith("#") ? first(PLAIN_CHANNEL, token) : Optional.empty());
  }

  private static Optional<String> first(Pattern pattern, String token) {
    Matcher m = pattern.matcher(token.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
