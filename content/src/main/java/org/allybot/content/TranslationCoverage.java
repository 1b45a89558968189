package org.allybot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each language still lacks: items with no translation (missing) and translations of an older
 * English version (stale). These are notes for the lint, not problems: a missing item falls back to
 * English.
 */
final class TranslationCoverage {
  private TranslationCoverage() {}

  static List<ContentProblem> notes(PackBuilder pack) {
    List<ContentProblem> notes = new ArrayList<>();
    for (TranslationBuilder t : pack.translations.values()) {
      for (Lesson l : pack.lessons.values()) {
        check(pack, t, "lesson", l.id(), l.version(), t.lessons, notes);
      }
      for (Scenario s : pack.scenarios.values()) {
        check(pack, t, "scenario", s.id(), s.version(), t.scenarios, notes);
      }
      pack.surveys.keySet().forEach(id -> check(pack, t, "survey", id, 0, t.surveys, notes));
      pack.digest.keySet().forEach(id -> check(pack, t, "digest template", id, 0, t.digest, notes));
      pack.topics.keySet().forEach(id -> check(pack, t, "topic", id, 0, t.topics, notes));
      for (LanguageRule r : pack.languageRules.values()) {
        if (!pack.disabledRules.contains(r.id())) {
          check(pack, t, "language rule", r.id(), r.version(), t.languageRules, notes);
        }
      }
    }
    return notes;
  }

  private static void check(
      PackBuilder pack,
      TranslationBuilder t,
      String what,
      String id,
      int englishVersion,
      Map<String, ?> translated,
      List<ContentProblem> notes) {
    PackBuilder.Location where =
        what.equals("language rule") ? pack.ruleLocations.get(id) : pack.locationOf(id);
    if (!translated.containsKey(id)) {
      notes.add(
          new ContentProblem(
              where.file(),
              where.line(),
              "missing " + t.language + " translation of " + what + " '" + id + "'"));
      return;
    }
    int version = t.versions.getOrDefault(id, englishVersion);
    if (version < englishVersion) {
      notes.add(
          new ContentProblem(
              where.file(),
              where.line(),
              "stale "
                  + t.language
                  + " translation of "
                  + what
                  + " '"
                  + id
                  + "': it translates version "
                  + version
                  + ", the English is at version "
                  + englishVersion));
    }
  }
}
