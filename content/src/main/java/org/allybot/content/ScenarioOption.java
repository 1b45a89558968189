package org.allybot.content;

/** One answer to a scenario step, with its feedback and an optional follow-up step. */
public record ScenarioOption(
    String id, String label, String text, Verdict verdict, String feedback, String next) {

  public boolean hasNext() {
    return !next.isBlank();
  }
}
