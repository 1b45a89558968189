package org.allybot.bench;

import java.util.Locale;

/** What {@link LanguageBench} measured, and whether it met the target. */
record LanguageResult(
    int rules,
    int terms,
    int messages,
    int averageChars,
    long matches,
    long cpuNanos,
    long wallNanos,
    long warmupMatches) {

  double perCpuSecond() {
    return messages / (cpuNanos / 1e9);
  }

  double perWallSecond() {
    return messages / (wallNanos / 1e9);
  }

  boolean passed() {
    return perCpuSecond() >= LanguageBench.TARGET_PER_SECOND;
  }

  String report() {
    return String.format(
        Locale.ROOT,
        "LanguageBench: %d rules, %d terms; %d messages of %d characters on average, %d"
            + " matches%n  one thread: %.0f messages/s of CPU time (%.2f us each), %.0f"
            + " messages/s of wall time%n  target: %.0f messages/s on one core: %s",
        rules,
        terms,
        messages,
        averageChars,
        matches,
        perCpuSecond(),
        cpuNanos / 1e3 / messages,
        perWallSecond(),
        LanguageBench.TARGET_PER_SECOND,
        passed() ? "PASS" : "FAIL");
  }
}
