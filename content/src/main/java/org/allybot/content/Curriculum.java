package org.allybot.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole curriculum a bot instance delivers: built-in pack plus any organisation pack, in
 * English, with its {@code translations} by language tag ({@code es}).
 */
public record Curriculum(
    List<Lesson> lessons,
    List<Scenario> scenarios,
    List<Survey> surveys,
    List<DigestTemplate> digestTemplates,
    List<Topic> topics,
    List<LanguageRule> languageRules,
    Map<String, Translation> translations) {

  public Curriculum {
    languageRules = List.copyOf(languageRules);
    lessons = List.copyOf(lessons);
    scenarios = List.copyOf(scenarios);
    surveys = List.copyOf(surveys);
    digestTemplates = List.copyOf(digestTemplates);
    topics = List.copyOf(topics);
    translations = Map.copyOf(translations);
  }

  /** An English-only curriculum with no inclusive-language rules. */
  public Curriculum(
      List<Lesson> lessons,
      List<Scenario> scenarios,
      List<Survey> surveys,
      List<DigestTemplate> digestTemplates,
      List<Topic> topics) {
    this(lessons, scenarios, surveys, digestTemplates, topics, List.of(), Map.of());
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

  /** The lesson in {@code language}, falling back to English item by item. */
  public Optional<Localized<Lesson>> lesson(String id, String language) {
    return lesson(id).map(en -> localize(en, language, Translation::lessons));
  }

  /** The scenario in {@code language}, falling back to English item by item. */
  public Optional<Localized<Scenario>> scenario(String id, String language) {
    return scenario(id).map(en -> localize(en, language, Translation::scenarios));
  }

  /** The survey in {@code language}; its choices are shown translated, stored in English. */
  public Optional<Localized<Survey>> survey(String id, String language) {
    return survey(id).map(en -> localize(en, language, Translation::surveys));
  }

  /** The digest template in {@code language}, falling back to English. */
  public Optional<Localized<DigestTemplate>> digestTemplate(String id, String language) {
    return digestTemplate(id).map(en -> localize(en, language, Translation::digest));
  }

  /**
   * The rule with its {@code why} in {@code language}, falling back to English; its terms and
   * suggestions are always the English ones.
   */
  public Localized<LanguageRule> languageRule(LanguageRule english, String language) {
    return localize(english, language, Translation::languageRules);
  }

  private <T> Localized<T> localize(
      T english, String language, java.util.function.Function<Translation, Map<String, T>> part) {
    if (language == null || language.isEmpty() || language.equals("en")) {
      return new Localized<>(english, false);
    }
    Translation t = translations.get(language);
    T own = t == null ? null : part.apply(t).get(idOf(english));
    return own == null ? new Localized<>(english, true) : new Localized<>(own, false);
  }

  private static String idOf(Object item) {
    return switch (item) {
      case Lesson l -> l.id();
      case Scenario s -> s.id();
      case Survey s -> s.id();
      case DigestTemplate d -> d.id();
      case Topic t -> t.id();
      case LanguageRule r -> r.id();
      default -> throw new IllegalArgumentException(item.getClass().getName());
    };
  }

  public boolean knowsTopic(String id) {
    return topics.stream().anyMatch(t -> t.id().equals(id));
  }
}
