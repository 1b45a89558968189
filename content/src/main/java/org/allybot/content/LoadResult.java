package org.allybot.content;

import java.util.List;

/**
 * A loaded curriculum and every problem found while loading it, sorted by file and line; {@code
 * translationNotes} are missing and stale translations, which fall back to English and so are not
 * problems.
 */
public record LoadResult(
    Curriculum curriculum, List<ContentProblem> problems, List<ContentProblem> translationNotes) {
  public LoadResult {
    problems = problems.stream().sorted().toList();
    translationNotes = translationNotes.stream().sorted().toList();
  }

  public LoadResult(Curriculum curriculum, List<ContentProblem> problems) {
    this(curriculum, problems, List.of());
  }

  public boolean isClean() {
    return problems.isEmpty();
  }
}
