package org.allybot.bench;

/** What one xAPI forwarding run measured, and whether it met the target. */
record XapiResult(
    int statements,
    int senders,
    double queueSeconds,
    double forwardSeconds,
    long stored,
    long resent,
    long problems,
    long setAside,
    long leftWaiting) {

  static final double TARGET_PER_SECOND = 2_000;

  double perSecond() {
    return stored / forwardSeconds;
  }

  boolean passed() {
    return perSecond() >= TARGET_PER_SECOND
        && stored == statements
        && problems == 0
        && setAside == 0
        && leftWaiting == 0;
  }

  String report() {
    return String.join(
        "\n",
        "XapiBench: queued xAPI statements forwarded to a local fake LRS",
        line("statements", Integer.toString(statements)),
        line("sender threads", Integer.toString(senders)),
        line(
            "queued in",
            "%.2f s (%.0f/s: built and appended one by one)"
                .formatted(queueSeconds, statements / queueSeconds)),
        line("forwarded in", "%.2f s".formatted(forwardSeconds)),
        line("statements/s", "%.0f (target >= %.0f)".formatted(perSecond(), TARGET_PER_SECOND)),
        line("stored by the LRS", stored + (stored == statements ? " (all)" : " (MISSING)")),
        line("sent twice", Long.toString(resent)),
        line("invalid statements", Long.toString(problems)),
        line("set aside / left waiting", setAside + " / " + leftWaiting),
        passed() ? "PASS" : "FAIL");
  }

  private static String line(String name, String value) {
    return "  %-24s %s".formatted(name, value);
  }
}
