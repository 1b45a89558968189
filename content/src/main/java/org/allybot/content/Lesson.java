package org.allybot.content;

/** A micro-lesson: a short read that ends with one thing to try this week. */
public record Lesson(
    String id, int version, String title, Tags tags, String body, String tryThis, String deeper) {

  public boolean hasDeeper() {
    return !deeper.isBlank();
  }
}
