package org.allybot.content;

import java.util.List;
import java.util.Optional;

/** The whole curriculum a bot instance delivers: built-in pack plus any organisation pack. */
public record Curriculum(
    List<Lesson> lessons,
    List<Scenario> scenarios,
    List<Survey> surveys,
    List<DigestTemplate> digestTemplates,
    List<Topic> topics,
    List<LanguageRule> languageRules) {

  public Curriculum {
    languageRules = List.copyOf(languageRules);
    lessons = List.copyOf(lessons);
    scenarios = List.copyOf(scenarios);
    surveys = List.copyOf(surveys);
    digestTemplates = List.copyOf(digestTemplates);
    topics = List.copyOf(topics);
  }

  /** A curriculum with no inclusive-language rules. */
  public Curriculum(
      List<Lesson> lessons,
      List<Scenario> scenarios,
      List<Survey> surveys,
      List<DigestTemplate> digestTemplates,
      List<Topic> topics) {
    this(lessons, scenarios, surveys, digestTemplates, topics, List.of());
  }

  public Optional<Lesson> lesson(String id) {
    return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<Scenario> scenario(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Survey> survey(String id) {
    return surveys.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<DigestTemplate> digestTemplate(String id) {
    return digestTemplates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  public boolean knowsTopic(String id) {
    return topics.stream().anyMatch(t -> t.id().equals(id));
  }
}
