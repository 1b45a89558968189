package org.allybot.core.nudge;

import java.util.List;
import java.util.Set;

/**
 * Tells a term that is part of a proper name ("Guys and Dolls", "Black Hat", "Master of Science")
 * from ordinary use: the match is written Title-case and another capitalised word sits beside it or
 * inside it. Days, months, greetings and forms of address are no evidence ("Hey Guys", "Dear Sir").
 */
final class ProperNames {
  /** Small words inside names ("Master of Science", "Guys and Dolls"). */
  private static final Set<String> JOINERS = Set.of("of", "the", "and", "de", "von", "van", "&");

  /** Capitalised whether or not they name anything: days, months, greetings, forms of address. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "i",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "hi",
          "hey",
          "hello",
          "thanks",
          "thank",
          "morning",
          "evening",
          "afternoon",
          "dear",
          "sir",
          "sirs",
          "madam",
          "ladies",
          "gentlemen",
          "gents",
          "ok",
          "okay",
          "yes",
          "no",
          "so",
          "well",
          "welcome",
          "great",
          "good",
          "come",
          "on");

  private ProperNames() {}

  static boolean isPartOfName(List<MessageTokens.Token> tokens, int start, int end) {
    int titled = 0;
    int named = 0;
    for (int k = start; k < end; k++) {
      MessageTokens.Token t = tokens.get(k);
      titled += t.titleCase() && !NOT_NAMES.contains(t.word()) ? 1 : 0;
      named += capitalisedMidSentence(t) ? 1 : 0;
    }
    if (titled == 0) {
      return false;
    }
    if (titled >= 2 && named >= 1) {
      return true;
    }
    // A capitalised neighbour that only opens the sentence ("Crazy idea", "Hi Guys") is no
    // evidence, unless the match itself is capitalised mid-sentence ("George Foreman").
    boolean evenAtStart = named >= 1;
    return nameWord(neighbour(tokens, start - 1, -1), evenAtStart)
        || nameWord(neighbour(tokens, end, 1), evenAtStart);
  }

  private static boolean nameWord(MessageTokens.Token t, boolean evenAtStart) {
    return t != null
        && t.titleCase()
        && (evenAtStart || !t.sentenceStart())
        && !NOT_NAMES.contains(t.word());
  }

  private static MessageTokens.Token neighbour(List<MessageTokens.Token> tokens, int at, int step) {
    if (at < 0 || at >= tokens.size()) {
      return null;
    }
    MessageTokens.Token t = tokens.get(at);
    int further = at + step;
    if (JOINERS.contains(t.word()) && further >= 0 && further < tokens.size()) {
      return tokens.get(further);
    }
    return t;
  }

  private static boolean capitalisedMidSentence(MessageTokens.Token t) {
    return t != null && t.titleCase() && !t.sentenceStart() && !NOT_NAMES.contains(t.word());
  }
}
