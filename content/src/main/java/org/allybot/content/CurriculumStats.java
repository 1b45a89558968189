package org.allybot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts that describe a curriculum; an item with several senses counts under each. */
public record CurriculumStats(Counts lessons, Counts scenarios, int branching, int surveyItems) {

  /** A total with breakdowns by sense and by level, every sense and level present. */
  public record Counts(int total, Map<String, Integer> bySense, Map<String, Integer> byLevel) {}

  public static CurriculumStats of(Curriculum curriculum) {
    return new CurriculumStats(
        count(curriculum.lessons().stream().map(Lesson::tags).toList()),
        count(curriculum.scenarios().stream().map(Scenario::tags).toList()),
        (int) curriculum.scenarios().stream().filter(Scenario::isBranching).count(),
        curriculum.surveys().stream().mapToInt(s -> s.questions().size()).sum());
  }

  private static Counts count(List<Tags> tags) {
    Map<String, Integer> bySense = new LinkedHashMap<>();
    for (Sense sense : Sense.values()) {
      bySense.put(sense.id(), (int) tags.stream().filter(t -> t.senses().contains(sense)).count());
    }
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      byLevel.put(level.id(), (int) tags.stream().filter(t -> t.level() == level).count());
    }
    return new Counts(tags.size(), bySense, byLevel);
  }
}
