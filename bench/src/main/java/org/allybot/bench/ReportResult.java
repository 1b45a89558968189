package org.allybot.bench;

/** What one campaign-report run measured, and whether it met the target. */
record ReportResult(
    int members,
    int pollAnswers,
    int weeks,
    double seedSeconds,
    long seedErrors,
    int reports,
    double p50Millis,
    double p95Millis,
    double p99Millis,
    double maxMillis,
    String pollsAnsweredShown,
    String baselineShown) {

  static final double TARGET_P95_MILLIS = 200;

  /** The report shows every poll answer that was given. */
  boolean countsMatch() {
    return pollsAnsweredShown.equals(Integer.toString(pollAnswers));
  }

  boolean passed() {
    return p95Millis < TARGET_P95_MILLIS && seedErrors == 0 && countsMatch();
  }

  String report() {
    return String.join(
        "\n",
        "ReportBench: /ally campaign report through Allybot.handle (the one door)",
        line("members", Integer.toString(members)),
        line("poll answers", pollAnswers + " over " + weeks + " weeks"),
        line("seeding", "%.1f s, %d errors".formatted(seedSeconds, seedErrors)),
        line("reports timed", Integer.toString(reports)),
        line("report p50", "%.2f ms".formatted(p50Millis)),
        line("report p95", "%.2f ms (target < %.0f ms)".formatted(p95Millis, TARGET_P95_MILLIS)),
        line("report p99 / max", "%.2f / %.2f ms".formatted(p99Millis, maxMillis)),
        line(
            "polls answered shown",
            pollsAnsweredShown + (countsMatch() ? " (all of them)" : " (MISMATCH)")),
        line("baseline shown", baselineShown),
        passed() ? "PASS" : "FAIL");
  }

  private static String line(String name, String value) {
    return "  %-24s %s".formatted(name, value);
  }
}
