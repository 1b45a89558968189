package org.allybot.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pack-wide checks of the language rules: each term belongs to one rule, no rule suggests one of
 * its own terms, and a disabled id names a rule that exists.
 */
final class LanguageChecks {
  private LanguageChecks() {}

  static void check(PackBuilder pack) {
    Map<String, String> owner = new HashMap<>();
    for (LanguageRule rule : pack.languageRules.values()) {
      for (String term : rule.terms()) {
        String key = spaced(term);
        String earlier = owner.putIfAbsent(key, rule.id());
        if (earlier != null) {
          problem(pack, "term '" + term + "' is in both '" + earlier + "' and '" + rule.id() + "'");
        }
      }
      for (String suggestion : rule.suggestions()) {
        if (rule.terms().contains(spaced(suggestion))) {
          problem(pack, "rule '" + rule.id() + "' suggests its own term '" + suggestion + "'");
        }
      }
    }
    for (String id : pack.disabledRules) {
      if (!pack.languageRules.containsKey(id)) {
        problem(pack, "'" + id + "' is disabled but no language rule has that id");
      }
    }
  }

  /** Hyphens read as spaces, as the matcher reads them. */
  private static String spaced(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('-', ' ');
  }

  private static void problem(PackBuilder pack, String message) {
    pack.problems.add(new ContentProblem("language", 0, message));
  }
}
