package org.allybot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what the file readers found, before the cross-file checks run. */
final class PackBuilder {
  /** Where something was read, so later checks can point at it. */
  record Location(String file, int line) {}

  /** A topic tag used by an item, checked once every topics file is read. */
  record TopicUse(String topic, Location where) {}

  final List<ContentProblem> problems = new ArrayList<>();
  final Map<String, Lesson> lessons = new LinkedHashMap<>();
  final Map<String, Scenario> scenarios = new LinkedHashMap<>();
  final Map<String, Survey> surveys = new LinkedHashMap<>();

  /** Where each survey was read: its 'repeats' line, or its 'id' line if it repeats none. */
  final Map<String, Location> surveyLocations = new LinkedHashMap<>();

  final Map<String, DigestTemplate> digest = new LinkedHashMap<>();
  final Map<String, Topic> topics = new LinkedHashMap<>();
  final List<TopicUse> topicUses = new ArrayList<>();
  final List<Cast.Member> cast = new ArrayList<>();
  final List<Cast.ItemText> itemTexts = new ArrayList<>();

  /** Every scenario step read, for the checks that compare options across the pack. */
  final List<DecisionPoint> decisionPoints = new ArrayList<>();

  /** Inclusive-language rules by id, and the built-in ids an organisation switched off. */
  final Map<String, LanguageRule> languageRules = new LinkedHashMap<>();

  final java.util.Set<String> disabledRules = new java.util.LinkedHashSet<>();

  /** Where each inclusive-language rule was read (its 'id' line). */
  final Map<String, Location> ruleLocations = new LinkedHashMap<>();

  /** Translated items waiting for every English file to be read. */
  final List<TranslationBuilder.Pending> pendingTranslations = new ArrayList<>();

  /** Each language's merged translations, by language tag. */
  final Map<String, TranslationBuilder> translations = new java.util.TreeMap<>();

  private final Map<String, Location> itemIds = new LinkedHashMap<>();

  /** Registers a lesson or scenario id; they share one namespace across all packs. */
  boolean claimItemId(String id, YamlItem item) {
    Location earlier = itemIds.get(id);
    if (earlier != null) {
      item.problem(
          "id",
          "duplicate id '"
              + id
              + "' (first used at "
              + earlier.file()
              + ":"
              + earlier.line()
              + ")");
      return false;
    }
    itemIds.put(id, new Location(item.file(), item.line("id")));
    return true;
  }

  /** Where a lesson or scenario was read (its 'id' line). */
  Location locationOf(String itemId) {
    return itemIds.getOrDefault(itemId, new Location("pack", 0));
  }

  Curriculum build() {
    return new Curriculum(
        List.copyOf(lessons.values()),
        List.copyOf(scenarios.values()),
        List.copyOf(surveys.values()),
        List.copyOf(digest.values()),
        List.copyOf(topics.values()),
        languageRules.values().stream().filter(r -> !disabledRules.contains(r.id())).toList(),
        translations.values().stream()
            .collect(
                java.util.stream.Collectors.toMap(t -> t.language, TranslationBuilder::build)));
  }
}
