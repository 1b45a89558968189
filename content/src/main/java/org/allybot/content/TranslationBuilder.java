package org.allybot.content;

import java.util.LinkedHashMap;
import java.util.Map;

/** One language's translated items as they are merged, before the pack is built. */
final class TranslationBuilder {
  /** A translated item read from a file, merged once every English file has been read. */
  record Pending(String kind, String language, YamlItem item) {}

  final String language;
  final Map<String, Lesson> lessons = new LinkedHashMap<>();
  final Map<String, Scenario> scenarios = new LinkedHashMap<>();
  final Map<String, Survey> surveys = new LinkedHashMap<>();
  final Map<String, DigestTemplate> digest = new LinkedHashMap<>();
  final Map<String, Topic> topics = new LinkedHashMap<>();
  final Map<String, LanguageRule> languageRules = new LinkedHashMap<>();
  final Map<String, Integer> versions = new LinkedHashMap<>();

  TranslationBuilder(String language) {
    this.language = language;
  }

  Translation build() {
    return new Translation(
        language, lessons, scenarios, surveys, digest, topics, languageRules, versions);
  }
}
