package org.allybot.core.survey;

import java.util.Optional;

/**
 * An answer as stored, self-describing so that forgetting it needs no survey definition: {@code
 * L1}-{@code L5} for a Likert item, {@code C0}... for the n-th choice, {@code T} for free text (the
 * words are kept apart) and {@code S} for a skipped question.
 */
public record StoredAnswer(Kind kind, int value) {
  /** What was given. */
  public enum Kind {
    LIKERT('L'),
    CHOICE('C'),
    TEXT('T'),
    SKIPPED('S');

    private final char mark;

    Kind(char mark) {
      this.mark = mark;
    }
  }

  public static final StoredAnswer TEXT = new StoredAnswer(Kind.TEXT, 0);
  public static final StoredAnswer SKIPPED = new StoredAnswer(Kind.SKIPPED, 0);

  public static StoredAnswer likert(int value) {
    return new StoredAnswer(Kind.LIKERT, value);
  }

  public static StoredAnswer choice(int index) {
    return new StoredAnswer(Kind.CHOICE, index);
  }

  public String encode() {
    return switch (kind) {
      case LIKERT, CHOICE -> kind.mark + Integer.toString(value);
      case TEXT, SKIPPED -> String.valueOf(kind.mark);
    };
  }

  public static Optional<StoredAnswer> decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return Optional.empty();
    }
    for (Kind kind : Kind.values()) {
      if (stored.charAt(0) == kind.mark) {
        if (kind == Kind.TEXT || kind == Kind.SKIPPED) {
          return stored.length() == 1 ? Optional.of(new StoredAnswer(kind, 0)) : Optional.empty();
        }
        try {
          return Optional.of(new StoredAnswer(kind, Integer.parseInt(stored.substring(1))));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
