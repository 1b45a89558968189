package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the reporter said about involving HR. */
public enum HrConsent {
  ASK_FIRST("ask me first"),
  YES("yes"),
  NO("no");

  private final String label;

  HrConsent(String label) {
    this.label = label;
  }

  /** The form's choice text, also how it reads on the desk. */
  public String label() {
    return label;
  }

  static Optional<HrConsent> parse(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.label.equals(v)).findFirst();
  }
}
