package org.allybot.content;

import java.util.List;

/**
 * One inclusive-language rule: the words it notices (every form written out), phrases that cancel
 * it where they overlap a match, how strongly it speaks, what to say instead, and why. {@code
 * version} (1 unless the file says otherwise) goes up when {@code why} changes meaningfully, so
 * that a translation of the older text reads as stale.
 */
public record LanguageRule(
    String id,
    int version,
    List<String> terms,
    List<String> exceptions,
    Level level,
    Category category,
    List<String> suggestions,
    String why) {
  public LanguageRule {
    terms = List.copyOf(terms);
    exceptions = List.copyOf(exceptions);
    suggestions = List.copyOf(suggestions);
  }

  /** The same rule with its explanation in another language; everything else stays. */
  public LanguageRule withWhy(String translated) {
    return new LanguageRule(
        id, version, terms, exceptions, level, category, suggestions, translated);
  }

  /** How firmly the nudge is worded: a gentle "consider", or "avoid" for words that hurt. */
  public enum Level {
    CONSIDER,
    AVOID;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What the word touches on, for the rule list and the counts. */
  public enum Category {
    GENDER("gender"),
    DISABILITY("disability"),
    RACE_AND_ETHNICITY("race-and-ethnicity"),
    AGE("age"),
    OTHER("other");

    private final String word;

    Category(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }
}
