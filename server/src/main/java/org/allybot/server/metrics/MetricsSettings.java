package org.allybot.server.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether {@code /metrics} is served ({@code ALLYBOT_METRICS}, {@code on} by default, as before)
 * and the bearer token a scraper must show ({@code ALLYBOT_METRICS_TOKEN}, optional). The figures
 * hold no personal data, but they share the port Slack and Teams call: behind a public ingress, set
 * a token or keep the path off the ingress.
 */
public record MetricsSettings(boolean on, Optional<String> token) {
  static final int MIN_TOKEN = 16;

  public static MetricsSettings open() {
    return new MetricsSettings(true, Optional.empty());
  }

  /** Reads the two settings, adding a line to {@code problems} for each one that is wrong. */
  public static MetricsSettings from(Map<String, String> env, List<String> problems) {
    String mode = env.getOrDefault("ALLYBOT_METRICS", "on").strip();
    boolean on = !mode.equalsIgnoreCase("off");
    if (!mode.equalsIgnoreCase("on") && !mode.equalsIgnoreCase("off")) {
      problems.add("ALLYBOT_METRICS must be on or off");
    }
    String token = env.getOrDefault("ALLYBOT_METRICS_TOKEN", "").strip();
    if (!token.isEmpty() && token.length() < MIN_TOKEN) {
      problems.add(
          "ALLYBOT_METRICS_TOKEN must be at least "
              + MIN_TOKEN
              + " characters (for example from 'openssl rand -hex 24')");
    }
    return new MetricsSettings(on, token.isEmpty() ? Optional.empty() : Optional.of(token));
  }

  /** Whether an {@code Authorization} header value lets a scraper in; compared in constant time. */
  public boolean admits(String authorization) {
    if (token.isEmpty()) {
      return true;
    }
    byte[] expected = ("Bearer " + token.get()).getBytes(StandardCharsets.UTF_8);
    byte[] given = (authorization == null ? "" : authorization).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given);
  }

  /** Never the token itself. */
  @Override
  public String toString() {
    return "MetricsSettings[on=" + on + ", token=" + (token.isPresent() ? "set" : "none") + "]";
  }
}
