package org.allybot.core.desk;

import java.util.Arrays;
import java.util.Optional;
import org.allybot.core.language.Messages;

/** Who was affected, as the reporter said. */
public enum Affected {
  ME("desk.affected.me"),
  SOMEONE_ELSE("desk.affected.someone-else"),
  BOTH("desk.affected.both");

  private final String key;

  Affected(String key) {
    this.key = key;
  }

  /** The form's choice text in the reader's language, also how it reads on the desk. */
  public String label(Messages say) {
    return say.text(key);
  }

  static Optional<Affected> parse(String raw) {
    return Arrays.stream(values()).filter(a -> ChoiceWords.means(raw, a.key)).findFirst();
  }
}
