package org.allybot.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds scenarios that tell nearly the same story: the cosine similarity of their situations and
 * takeaways, as TF-IDF weighted word stems over the whole pack, at or above {@link #THRESHOLD}.
 */
final class NearDuplicates {
  /** Calibrated on the pack: copied floor-plan and quiet-room stories scored 0.38. */
  static final double THRESHOLD = 0.20;

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "but", "you", "your", "they", "them", "their", "his", "her", "him", "she",
          "this", "that", "these", "those", "with", "for", "from", "are", "was", "were", "been",
          "being", "its", "not", "than", "then", "there", "here", "what", "which", "who", "whom",
          "when", "where", "why", "how", "all", "any", "some", "each", "every", "more", "most",
          "other", "only", "own", "same", "too", "very", "can", "will", "just", "does", "did",
          "done", "have", "has", "had", "about", "into", "over", "after", "before", "again", "once",
          "also", "still", "yet", "would", "could", "should", "may", "might", "must", "our", "out",
          "off", "one", "two");

  private NearDuplicates() {}

  static void check(PackBuilder pack) {
    List<Scenario> scenarios = new ArrayList<>(pack.scenarios.values());
    List<Map<String, Double>> vectors = vectors(scenarios);
    for (int i = 0; i < scenarios.size(); i++) {
      for (int j = i + 1; j < scenarios.size(); j++) {
        double similarity = cosine(vectors.get(i), vectors.get(j));
        if (similarity >= THRESHOLD) {
          Scenario later = scenarios.get(j);
          PackBuilder.Location where = pack.locationOf(later.id());
          pack.problems.add(
              new ContentProblem(
                  where.file(),
                  where.line(),
                  String.format(
                      Locale.ROOT,
                      "'%s' is a near-copy of '%s' (similarity %.2f, limit %.2f); tell a"
                          + " different story",
                      later.id(),
                      scenarios.get(i).id(),
                      similarity,
                      THRESHOLD)));
        }
      }
    }
  }

  private static List<Map<String, Double>> vectors(List<Scenario> scenarios) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (Scenario s : scenarios) {
      counts.add(counts(s.opening().situation() + " " + s.opening().takeaway()));
    }
    Map<String, Integer> df = documentFrequency(counts);
    return counts.stream().map(c -> weigh(c, df, counts.size())).toList();
  }

  private static Map<String, Integer> documentFrequency(List<Map<String, Integer>> counts) {
    Map<String, Integer> df = new HashMap<>();
    counts.forEach(c -> c.keySet().forEach(w -> df.merge(w, 1, Integer::sum)));
    return df;
  }

  private static Map<String, Double> weigh(
      Map<String, Integer> counts, Map<String, Integer> df, int documents) {
    Map<String, Double> vector = new HashMap<>();
    counts.forEach((word, n) -> {
      double idf = Math.log((documents + 1.0) / df.getOrDefault(word, 1));
      vector.put(word, (1 + Math.log(n)) * idf);
    });
    return vector;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() > 2 && !STOP.contains(word)) {
        counts.merge(stem(word), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** A crude stem, enough to pair "meeting" with "meetings" and "joked" with "jokes". */
  private static String stem(String word) {
    for (String suffix : List.of("ing", "ed", "es", "s")) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
    }
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0 : dot / norms;
  }

  private static double norm(Map<String, Double> v) {
    return Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
  }
}
