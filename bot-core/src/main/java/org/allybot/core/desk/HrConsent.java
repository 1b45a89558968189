package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Optional;
import org.allybot.core.language.Messages;

/** What the reporter said about involving HR. */
public enum HrConsent {
  ASK_FIRST("desk.consent.ask-first"),
  YES("desk.consent.yes"),
  NO("desk.consent.no");

  private final String key;

  HrConsent(String key) {
    this.key = key;
  }

  /** The form's choice text in the reader's language, also how it reads on the desk. */
  public String label(Messages say) {
    return say.text(key);
  }

  static Optional<HrConsent> parse(String raw) {
    return Arrays.stream(values()).filter(c -> ChoiceWords.means(raw, c.key)).findFirst();
  }
}
