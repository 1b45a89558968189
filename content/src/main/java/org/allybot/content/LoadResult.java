package org.allybot.content;

import java.util.List;

/** A loaded curriculum and every problem found while loading it, sorted by file and line. */
public record LoadResult(Curriculum curriculum, List<ContentProblem> problems) {
  public LoadResult {
    problems = problems.stream().sorted().toList();
  }

  public boolean isClean() {
    return problems.isEmpty();
  }
}
