package org.allybot.content;

import java.util.Map;

/**
 * One language's edition of the pack: each translated item already merged over its English item, so
 * ids, verdicts, senses and tags are the English ones (an inclusive-language rule keeps its English
 * terms and suggestions: only its {@code why} is translated). {@code versions} says which English
 * version each item id was translated from.
 */
public record Translation(
    String language,
    Map<String, Lesson> lessons,
    Map<String, Scenario> scenarios,
    Map<String, Survey> surveys,
    Map<String, DigestTemplate> digest,
    Map<String, Topic> topics,
    Map<String, LanguageRule> languageRules,
    Map<String, Integer> versions) {
  public Translation {
    lessons = Map.copyOf(lessons);
    scenarios = Map.copyOf(scenarios);
    surveys = Map.copyOf(surveys);
    digest = Map.copyOf(digest);
    topics = Map.copyOf(topics);
    languageRules = Map.copyOf(languageRules);
    versions = Map.copyOf(versions);
  }

  /** Counts of translated items, for {@code content stats}. */
  public Map<String, Integer> counts() {
    return Map.of(
        "lessons", lessons.size(),
        "scenarios", scenarios.size(),
        "surveys", surveys.size(),
        "digest", digest.size(),
        "topics", topics.size(),
        "languageRules", languageRules.size());
  }
}
