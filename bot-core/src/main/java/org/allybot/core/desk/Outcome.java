package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a closed report ended. */
public enum Outcome {
  RESOLVED_INFORMALLY("resolved informally", "resolved"),
  ACTION_TAKEN("action taken", "action"),
  NO_ACTION_POSSIBLE("no action possible", "no-action"),
  WITHDRAWN("withdrawn", "withdrawn");

  private final String label;
  private final String word;

  Outcome(String label, String word) {
    this.label = label;
    this.word = word;
  }

  public String label() {
    return label;
  }

  /** The one word a rota member types: {@code resolved}, {@code action}, ... */
  public String word() {
    return word;
  }

  static Optional<Outcome> parse(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values())
        .filter(o -> o.word.equals(v) || o.label.equals(v.replace('-', ' ')))
        .findFirst();
  }
}
