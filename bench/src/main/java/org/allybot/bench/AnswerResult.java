package org.allybot.bench;

/** What one answer-recording run measured, and whether it met the target. */
record AnswerResult(
    int members,
    int threads,
    String pollKey,
    double seconds,
    long answers,
    long errors,
    double p50Millis,
    double p99Millis,
    long storedVotes,
    long distinctVoters) {

  static final double TARGET_PER_SECOND = 2_000;

  double answersPerSecond() {
    return answers / seconds;
  }

  /** One vote per member who answered, however often they clicked. */
  boolean oneVoteEach() {
    return storedVotes == distinctVoters;
  }

  boolean passed() {
    return answersPerSecond() >= TARGET_PER_SECOND && errors == 0 && oneVoteEach();
  }

  String report() {
    return String.join(
        "\n",
        "AnswerBench: poll answers through Allybot.handle (the one door), concurrently",
        line("members", Integer.toString(members)),
        line("threads", Integer.toString(threads)),
        line("poll", pollKey),
        line("measured", "%.1f s".formatted(seconds)),
        line("answers", Long.toString(answers)),
        line("answers/s", "%.0f (target >= %.0f)".formatted(answersPerSecond(), TARGET_PER_SECOND)),
        line("handle() p50", "%.2f ms".formatted(p50Millis)),
        line("handle() p99", "%.2f ms".formatted(p99Millis)),
        line("errors", Long.toString(errors)),
        line(
            "stored votes",
            storedVotes
                + " from "
                + distinctVoters
                + " members who answered"
                + (oneVoteEach() ? " (one each)" : " (MISMATCH)")),
        passed() ? "PASS" : "FAIL");
  }

  private static String line(String name, String value) {
    return "  %-24s %s".formatted(name, value);
  }
}
