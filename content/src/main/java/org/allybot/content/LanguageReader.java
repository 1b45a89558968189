package org.allybot.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one rule of {@code kind: language}, or one line that switches a built-in rule off ({@code
 * {id: ..., disabled: true}}) in an organisation's pack.
 */
final class LanguageReader {
  /** Terms are words of letters, digits, apostrophes and hyphens, separated by single spaces. */
  private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}'’-]+( [\\p{L}\\p{N}'’-]+)*");

  private static final int MAX_SUGGESTION = 60;

  private LanguageReader() {}

  static void read(YamlItem item, PackBuilder pack) {
    String id = TagsReader.id(item);
    if ("true".equals(item.optionalText("disabled"))) {
      pack.disabledRules.add(id);
      return;
    }
    List<String> terms = phrases(item, "terms");
    List<String> exceptions = phrases(item, "exceptions");
    if (terms.isEmpty()) {
      item.problem("terms", "a language rule needs at least one term");
    }
    List<String> suggestions = item.texts("suggestions");
    if (suggestions.isEmpty() || suggestions.size() > 8) {
      item.problem("suggestions", "a language rule needs 1-8 suggestions");
    }
    if (suggestions.stream().anyMatch(s -> s.isBlank() || s.length() > MAX_SUGGESTION)) {
      item.problem("suggestions", "each suggestion is 1-" + MAX_SUGGESTION + " characters");
    }
    String why = item.text("why");
    item.checkWords("why", why, 8, 45);
    LanguageRule.Level level = choice(item, "level", LanguageRule.Level.values());
    LanguageRule.Category category = category(item);
    if (level == null || category == null || pack.languageRules.containsKey(id)) {
      if (pack.languageRules.containsKey(id)) {
        item.problem("id", "duplicate language rule id '" + id + "'");
      }
      return;
    }
    int version = item.has("version") ? TagsReader.version(item) : 1;
    pack.ruleLocations.put(id, new PackBuilder.Location(item.file(), item.line("id")));
    pack.languageRules.put(
        id, new LanguageRule(id, version, terms, exceptions, level, category, suggestions, why));
  }

  private static List<String> phrases(YamlItem item, String key) {
    List<String> phrases = item.texts(key);
    for (String phrase : phrases) {
      if (!TERM.matcher(phrase).matches()) {
        item.problem(
            key,
            "'" + phrase + "' must be words (letters, digits, ' and -) separated by single spaces");
      }
    }
    return phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
  }

  private static LanguageRule.Category category(YamlItem item) {
    String raw = item.text("category");
    for (LanguageRule.Category c : LanguageRule.Category.values()) {
      if (c.word().equals(raw)) {
        return c;
      }
    }
    item.problem(
        "category",
        "category '"
            + raw
            + "' must be one of "
            + Arrays.stream(LanguageRule.Category.values())
                .map(LanguageRule.Category::word)
                .toList());
    return null;
  }

  private static <E extends Enum<E>> E choice(YamlItem item, String key, E[] values) {
    String raw = item.text(key);
    for (E value : values) {
      if (value.name().equalsIgnoreCase(raw)) {
        return value;
      }
    }
    item.problem(
        key,
        "'"
            + key
            + "' must be one of "
            + Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    return null;
  }
}
