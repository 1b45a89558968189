package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;

/** How long a lesson takes to read, with the word range its body must keep to. */
public enum LessonLength {
  /** A 30-second nudge. */
  NUDGE("nudge", 1, 20, 60),
  STANDARD("standard", 2, 80, 200),
  /** A 5-minute deep dive. */
  DEEP_DIVE("deep-dive", 5, 250, 700);

  private final String id;
  private final int maxMinutes;
  private final int minWords;
  private final int maxWords;

  LessonLength(String id, int maxMinutes, int minWords, int maxWords) {
    this.id = id;
    this.maxMinutes = maxMinutes;
    this.minWords = minWords;
    this.maxWords = maxWords;
  }

  public String id() {
    return id;
  }

  int maxMinutes() {
    return maxMinutes;
  }

  int minWords() {
    return minWords;
  }

  int maxWords() {
    return maxWords;
  }

  public static Optional<LessonLength> byId(String id) {
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }
}
