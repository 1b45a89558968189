package org.allybot.content;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges each translated item over its English item once every file is read: the text fields come
 * from the translation, everything language-neutral from the English. Word limits are the English
 * ones times 1.3, since translations run longer.
 */
final class TranslationReader {
  static final double LONGER = 1.3;
  private static final String BUILT_IN = "built-in:";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z_.]+}");

  private TranslationReader() {}

  static void mergeAll(PackBuilder pack) {
    for (TranslationBuilder.Pending p : pack.pendingTranslations) {
      TranslationBuilder into =
          pack.translations.computeIfAbsent(p.language(), TranslationBuilder::new);
      merge(p, into, pack);
    }
  }

  private static void merge(
      TranslationBuilder.Pending p, TranslationBuilder into, PackBuilder pack) {
    YamlItem item = p.item();
    String id = item.text("id");
    if (id.isEmpty()) {
      return;
    }
    switch (p.kind()) {
      case "lessons" -> {
        Lesson en = known(item, id, pack.lessons.get(id));
        if (en != null && versionOk(item, en.version(), into) && unique(item, into.lessons, id)) {
          into.lessons.put(id, lesson(en, item));
        }
      }
      case "scenarios" -> {
        Scenario en = known(item, id, pack.scenarios.get(id));
        if (en != null && versionOk(item, en.version(), into) && unique(item, into.scenarios, id)) {
          TranslatedScenario.of(en, item).ifPresent(s -> into.scenarios.put(id, s));
        }
      }
      case "surveys" -> {
        Survey en = known(item, id, pack.surveys.get(id));
        if (en != null && replacedByOverlay(item, pack.surveyLocations.get(id))) {
          return; // the organisation's own survey: the built-in translation is not of it
        }
        if (en != null && unique(item, into.surveys, id)) {
          TranslatedSurvey.of(en, item).ifPresent(s -> into.surveys.put(id, s));
        }
      }
      case "digest" -> {
        DigestTemplate en = known(item, id, pack.digest.get(id));
        if (en != null && unique(item, into.digest, id)) {
          into.digest.put(id, digest(en, item));
        }
      }
      case "language" -> {
        LanguageRule en = known(item, id, pack.languageRules.get(id));
        if (en != null
            && versionOk(item, en.version(), into)
            && unique(item, into.languageRules, id)) {
          into.languageRules.put(id, languageRule(en, item));
        }
      }
      default -> {
        Topic en = known(item, id, pack.topics.get(id));
        if (en != null && unique(item, into.topics, id)) {
          into.topics.put(id, new Topic(id, item.text("description")));
        }
      }
    }
  }

  /** A built-in translation of an item an organisation's pack replaced translates nothing. */
  private static boolean replacedByOverlay(YamlItem item, PackBuilder.Location english) {
    return item.file().startsWith(BUILT_IN)
        && english != null
        && !english.file().startsWith(BUILT_IN);
  }

  private static <T> T known(YamlItem item, String id, T english) {
    if (english == null) {
      item.problem("id", "translates '" + id + "', which the English pack does not have");
    }
    return english;
  }

  private static boolean unique(YamlItem item, java.util.Map<String, ?> done, String id) {
    if (done.containsKey(id)) {
      item.problem("id", "'" + id + "' is translated twice in this language");
      return false;
    }
    return true;
  }

  /** A lesson or scenario says which English version it translates; never a future one. */
  private static boolean versionOk(YamlItem item, int english, TranslationBuilder into) {
    int version = item.integer("version");
    if (version > english) {
      item.problem(
          "version",
          "translates version " + version + ", but the English item is at version " + english);
      return false;
    }
    into.versions.put(item.text("id"), version);
    return true;
  }

  private static Lesson lesson(Lesson en, YamlItem t) {
    Lesson lesson =
        new Lesson(
            en.id(),
            en.version(),
            t.text("title"),
            en.tags(),
            en.length(),
            t.text("body"),
            t.text("try"),
            en.hasDeeper() ? t.text("deeper") : "",
            en.sources(),
            en.recall().isPresent() ? recall(t) : Recall.NONE);
    words(t, "body", lesson.body(), en.length().minWords(), en.length().maxWords());
    words(t, "try", lesson.tryThis(), 8, 60);
    if (en.hasDeeper()) {
      words(t, "deeper", lesson.deeper(), 1, 200);
    }
    samePlaceholders(t, "body", all(en), all(lesson));
    return lesson;
  }

  /**
   * A rule's explanation in another language. Its terms and suggestions are the English rule's:
   * they are words of the English text the member wrote (FORMAT.md, "Translations").
   */
  private static LanguageRule languageRule(LanguageRule en, YamlItem t) {
    for (String englishOnly : List.of("terms", "exceptions", "suggestions", "level", "category")) {
      if (t.has(englishOnly)) {
        t.problem(
            englishOnly, "'" + englishOnly + "' comes from the English rule; translate 'why' only");
      }
    }
    String why = t.text("why");
    words(t, "why", why, 8, 45);
    return en.withWhy(why.isEmpty() ? en.why() : why);
  }

  private static Recall recall(YamlItem t) {
    return t.mapping("recall")
        .map(r -> new Recall(r.text("question"), r.text("answer")))
        .orElseGet(() -> {
          t.problem("missing 'recall': the English lesson has one");
          return Recall.NONE;
        });
  }

  private static String all(Lesson l) {
    return String.join("\n", l.title(), l.body(), l.tryThis(), l.deeper());
  }

  private static DigestTemplate digest(DigestTemplate en, YamlItem t) {
    List<String> variants = t.texts("variants");
    if (variants.size() < 3 || variants.stream().anyMatch(String::isBlank)) {
      t.problem("variants", "a translated digest template needs at least 3 non-empty variants");
    }
    Set<String> known = placeholders(String.join("\n", en.variants()));
    for (String v : variants) {
      if (!known.containsAll(placeholders(v))) {
        t.problem("variants", "a variant uses " + placeholders(v) + "; the English has " + known);
      }
    }
    return variants.isEmpty() ? en : new DigestTemplate(en.id(), variants);
  }

  /** The English limits times 1.3; the minimum stays. */
  static void words(YamlItem t, String key, String value, int min, int englishMax) {
    t.checkWords(key, value, min, (int) Math.ceil(englishMax * LONGER));
  }

  /** Placeholders such as {org.name} or {week} stay verbatim. */
  static void samePlaceholders(YamlItem t, String key, String english, String translated) {
    Set<String> want = placeholders(english);
    Set<String> got = placeholders(translated);
    if (!want.equals(got)) {
      t.problem(key, "placeholders " + got + " differ from the English " + want);
    }
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
