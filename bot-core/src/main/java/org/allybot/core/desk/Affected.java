package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who was affected, as the reporter said. */
public enum Affected {
  ME("me"),
  SOMEONE_ELSE("someone else"),
  BOTH("both");

  private final String label;

  Affected(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Optional<Affected> parse(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(a -> a.label.equals(v)).findFirst();
  }
}
