package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.allybot.core.language.Messages;

/** How a closed report ended. */
public enum Outcome {
  RESOLVED_INFORMALLY("resolved"),
  ACTION_TAKEN("action"),
  NO_ACTION_POSSIBLE("no-action"),
  WITHDRAWN("withdrawn");

  private final String word;

  Outcome(String word) {
    this.word = word;
  }

  /** How it reads, in the reader's language: "resolved informally". */
  public String label(Messages say) {
    return say.text("desk.outcome." + word);
  }

  /** The one word a rota member types, in every language: {@code resolved}, {@code action}... */
  public String word() {
    return word;
  }

  /** The typed word, or the label written out in any language ("resolved informally"). */
  static Optional<Outcome> parse(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return Arrays.stream(values())
        .filter(o ->
            o.word.equals(v) || ChoiceWords.means(v.replace('-', ' '), "desk.outcome." + o.word))
        .findFirst();
  }
}
