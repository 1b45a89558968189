package org.allybot.core.recognition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Sense;

/**
 * Suggests the sense a thanks is about by counting keyword stems per sense; the sense with the most
 * matches wins, ties going to the framework's order. A plain count, rather than a model, so the
 * giver can be told exactly which words led to it, and can correct it in one click.
 */
final class SenseSuggestion {
  /** The suggested sense and the words of the text that pointed to it. */
  record Suggested(Sense sense, List<String> because) {}

  private static final Map<Sense, List<String>> STEMS = new EnumMap<>(Sense.class);

  static {
    STEMS.put(
        Sense.ACT,
        List.of(
            "stepped in",
            "step in",
            "interven",
            "reported",
            "escalat",
            "fixed",
            "changed the",
            "organis",
            "organiz",
            "took action",
            "followed up",
            "set up",
            "made sure"));
    STEMS.put(
        Sense.LISTEN,
        List.of(
            "listen",
            "heard",
            "hearing",
            "believed",
            "made space",
            "made room",
            "asked how",
            "asked me",
            "let me finish",
            "gave me time",
            "paid attention"));
    STEMS.put(
        Sense.PRIVILEGE,
        List.of(
            "privilege",
            "advantage",
            "sponsor",
            "recommended",
            "nominated",
            "opportunit",
            "stretch",
            "passed on",
            "shared the stage",
            "gave up",
            "stepped back",
            "opened doors",
            "promot"));
    STEMS.put(
        Sense.SPEAK,
        List.of(
            "spoke up",
            "speak up",
            "speaking up",
            "called out",
            "call out",
            "called in",
            "challenged",
            "pushed back",
            "said something",
            "credit",
            "amplif",
            "interrupt",
            "named it"));
    STEMS.put(
        Sense.BIAS,
        List.of(
            "bias",
            "stereotyp",
            "assum",
            "pronoun",
            "misgender",
            "inclusive language",
            "accessib",
            "caption",
            "exclud",
            "noticed who",
            "microaggression",
            "fair"));
    STEMS.put(
        Sense.EMPATHY,
        List.of(
            "support",
            "checked in",
            "check in",
            "check-in",
            "kind",
            "cared",
            "comfort",
            "understood",
            "feel",
            "felt",
            "there for",
            "patient",
            "compassion",
            "welcom"));
  }

  private SenseSuggestion() {}

  /** The best-matching sense, or empty when no keyword matched. */
  static Optional<Suggested> suggest(String text) {
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    Suggested best = null;
    for (Map.Entry<Sense, List<String>> e : STEMS.entrySet()) {
      List<String> hits = new ArrayList<>();
      for (String stem : e.getValue()) {
        if (lower.contains(stem)) {
          hits.add(stem);
        }
      }
      if (!hits.isEmpty() && (best == null || hits.size() > best.because().size())) {
        best = new Suggested(e.getKey(), List.copyOf(hits));
      }
    }
    return Optional.ofNullable(best);
  }
}
