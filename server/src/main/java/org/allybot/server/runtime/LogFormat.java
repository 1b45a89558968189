package org.allybot.server.runtime;

import java.util.List;
import java.util.Map;

/**
 * {@code ALLYBOT_LOG_FORMAT}: {@code text} (the default) or {@code json}. Logback reads it itself
 * (logback.xml picks the appender by name); this only checks it at start-up with the other
 * settings.
 */
public final class LogFormat {
  private LogFormat() {}

  public static void check(Map<String, String> env, List<String> problems) {
    String format = env.getOrDefault("ALLYBOT_LOG_FORMAT", "text");
    if (!format.equals("text") && !format.equals("json")) {
      problems.add("ALLYBOT_LOG_FORMAT must be text or json (lower case)");
    }
  }
}
