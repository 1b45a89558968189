package org.allybot.content;

import java.util.List;

/** A micro-lesson: a short read that ends with one thing to try this week. */
public record Lesson(
    String id,
    int version,
    String title,
    Tags tags,
    LessonLength length,
    String body,
    String tryThis,
    String deeper,
    List<Source> sources,
    Recall recall) {

  public Lesson {
    sources = List.copyOf(sources);
  }

  public boolean hasDeeper() {
    return !deeper.isBlank();
  }
}
