package org.allybot.core.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.allybot.content.Sense;
import org.allybot.core.command.UsageException;

/** Guesses a question's senses from its words, and reads senses someone typed to correct them. */
final class SenseTags {
  private static final Map<Sense, List<String>> KEYWORDS = new LinkedHashMap<>();

  static {
    KEYWORDS.put(
        Sense.ACT,
        List.of(
            "intervene",
            "step in",
            "report",
            "escalat",
            "follow up",
            "do something",
            "process",
            "policy",
            "fix",
            " act "));
    KEYWORDS.put(
        Sense.LISTEN,
        List.of(
            "listen",
            "told me",
            "confided",
            "shared with me",
            "opened up",
            "believe",
            "hear",
            "came to me"));
    KEYWORDS.put(
        Sense.PRIVILEGE,
        List.of(
            "privilege",
            "advantage",
            "promotion",
            "promoted",
            "salary",
            " pay ",
            "stretch",
            "opportunit",
            "hiring",
            "sponsor",
            "like me"));
    KEYWORDS.put(
        Sense.SPEAK,
        List.of(
            "speak up",
            "call out",
            "called out",
            "call in",
            "meeting",
            "interrupt",
            "joke",
            "banter",
            "comment",
            "said nothing",
            "say something",
            "credit"));
    KEYWORDS.put(
        Sense.BIAS,
        List.of(
            "bias",
            "stereotyp",
            "microaggression",
            "assum",
            "pronoun",
            "misgender",
            "exclud",
            "left out",
            "racis",
            "sexis",
            "homophob",
            "ableis",
            "ageis"));
    KEYWORDS.put(
        Sense.EMPATHY,
        List.of(
            "upset",
            "hurt",
            "feel",
            "support",
            "safe",
            "anxious",
            "stress",
            "grief",
            "mental health",
            "cry",
            "lonely",
            "check in",
            "check-in"));
  }

  private SenseTags() {}

  /** The senses whose keywords the text mentions, in the framework's order. */
  static List<String> guess(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    List<String> tags = new ArrayList<>();
    KEYWORDS.forEach((sense, words) -> {
      if (words.stream().anyMatch(lower::contains)) {
        tags.add(sense.id());
      }
    });
    return tags;
  }

  /** Senses typed as {@code act,listen} or {@code act listen}; "none" clears them. */
  static List<String> parse(String text, String usage) {
    Set<String> tags = new LinkedHashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[,\\s]+")) {
      if (word.isBlank() || word.equals("none")) {
        continue;
      }
      if (Sense.byId(word).isEmpty()) {
        throw new UsageException(
            "'"
                + word
                + "' is not a sense. The senses are act, listen, privilege, speak, bias and"
                + " empathy.",
            usage);
      }
      tags.add(word);
    }
    return List.copyOf(tags);
  }
}
