package org.allybot.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts that describe a curriculum; an item with several senses counts under each. */
public record CurriculumStats(
    Counts lessons,
    Counts scenarios,
    int branching,
    int surveyItems,
    Map<String, Integer> lessonsByLength,
    Map<String, Integer> scenariosBySetting,
    DecisionPoints decisionPoints,
    int recallQuestions,
    double readingGrade,
    Map<String, Map<String, Integer>> languages) {

  /** A total with breakdowns by sense, level and audience, every one present. */
  public record Counts(
      int total,
      Map<String, Integer> bySense,
      Map<String, Integer> byLevel,
      Map<String, Integer> byAudience) {}

  /** How scenarios branch and how their options are balanced. */
  public record DecisionPoints(
      int total, int twoDeep, int withTwoStrong, int strongIsLongest, int longestOverTwice) {}

  public static CurriculumStats of(Curriculum curriculum) {
    List<Scenario> scenarios = curriculum.scenarios();
    return new CurriculumStats(
        count(curriculum.lessons().stream().map(Lesson::tags).toList()),
        count(scenarios.stream().map(Scenario::tags).toList()),
        (int) scenarios.stream().filter(Scenario::isBranching).count(),
        curriculum.surveys().stream().mapToInt(s -> s.questions().size()).sum(),
        by(LessonLength.values(), LessonLength::id, curriculum.lessons(), Lesson::length),
        by(Setting.values(), Setting::id, scenarios, Scenario::setting),
        decisionPoints(scenarios),
        (int) curriculum.lessons().stream().filter(l -> l.recall().isPresent()).count(),
        Math.round(ReadingGrade.of(LearnerText.of(curriculum)) * 10) / 10.0,
        languages(curriculum));
  }

  /** Items per language: English counts everything, each translation what it translates. */
  private static Map<String, Map<String, Integer>> languages(Curriculum curriculum) {
    Map<String, Map<String, Integer>> languages = new java.util.TreeMap<>();
    languages.put(
        "en",
        new java.util.TreeMap<>(
            Map.of(
                "lessons", curriculum.lessons().size(),
                "scenarios", curriculum.scenarios().size(),
                "surveys", curriculum.surveys().size(),
                "digest", curriculum.digestTemplates().size(),
                "topics", curriculum.topics().size(),
                "languageRules", curriculum.languageRules().size())));
    curriculum
        .translations()
        .forEach((tag, t) -> languages.put(tag, new java.util.TreeMap<>(t.counts())));
    return languages;
  }

  private static DecisionPoints decisionPoints(List<Scenario> scenarios) {
    List<DecisionPoint> points =
        scenarios.stream()
            .flatMap(s ->
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(s.opening()), s.steps().stream())
                    .map(step -> new DecisionPoint(s.id(), step, null)))
            .toList();
    return new DecisionPoints(
        points.size(),
        (int) scenarios.stream().filter(CurriculumStats::twoDeep).count(),
        (int) points.stream().filter(p -> p.strongOptions() >= 2).count(),
        (int) points.stream().filter(DecisionPoint::strongIsLongest).count(),
        (int) points.stream().filter(p -> p.longest() > 2 * p.shortest()).count());
  }

  /** A scenario with a follow-up step that leads to another follow-up. */
  private static boolean twoDeep(Scenario scenario) {
    return scenario.steps().stream()
        .flatMap(step -> step.options().stream())
        .anyMatch(ScenarioOption::hasNext);
  }

  private static <K, T> Map<String, Integer> by(
      K[] keys, Function<K, String> id, List<T> items, Function<T, K> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (K k : keys) {
      counts.put(id.apply(k), (int) items.stream().filter(i -> key.apply(i) == k).count());
    }
    return counts;
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
    Map<String, Integer> byAudience = new LinkedHashMap<>();
    for (Role role : Role.values()) {
      byAudience.put(
          role.id(), (int) tags.stream().filter(t -> t.audience().contains(role)).count());
    }
    return new Counts(tags.size(), bySense, byLevel, byAudience);
  }
}
