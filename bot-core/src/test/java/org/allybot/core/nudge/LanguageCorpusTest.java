package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.allybot.content.ContentLoader;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules on the labelled corpus: precision and recall over (message, rule) pairs, each
 * printed, with the misses and false alarms listed so a failing run says what to fix.
 */
class LanguageCorpusTest {
  private static final double MIN_PRECISION = 0.97;
  private static final double MIN_RECALL = 0.92;

  private record Labelled(Set<String> expected, String text) {}

  @Test
  void theBuiltInRulesMeetThePrecisionAndRecallTargetsOnTheCorpus() throws IOException {
    LanguageMatcher matcher =
        LanguageMatcher.of(ContentLoader.builtIn().curriculum().languageRules());
    List<Labelled> corpus = corpus();
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    List<String> wrong = new ArrayList<>();
    for (Labelled line : corpus) {
      Set<String> found = new LinkedHashSet<>();
      matcher.match(line.text()).forEach(m -> found.add(m.rule().id()));
      for (String id : found) {
        if (line.expected().contains(id)) {
          truePositives++;
        } else {
          falsePositives++;
          wrong.add("false alarm " + id + ": " + line.text());
        }
      }
      for (String id : line.expected()) {
        if (!found.contains(id)) {
          falseNegatives++;
          wrong.add("missed " + id + ": " + line.text());
        }
      }
    }
    double precision = truePositives / (double) (truePositives + falsePositives);
    double recall = truePositives / (double) (truePositives + falseNegatives);
    System.out.printf(
        Locale.ROOT,
        "Language corpus: %d messages, precision %.3f, recall %.3f (%d right, %d false alarms, %d"
            + " missed)%n",
        corpus.size(),
        precision,
        recall,
        truePositives,
        falsePositives,
        falseNegatives);
    wrong.forEach(System.out::println);

    assertThat(corpus).hasSizeGreaterThanOrEqualTo(400);
    assertThat(precision).as("precision; %s", wrong).isGreaterThanOrEqualTo(MIN_PRECISION);
    assertThat(recall).as("recall; %s", wrong).isGreaterThanOrEqualTo(MIN_RECALL);
  }

  private static List<Labelled> corpus() throws IOException {
    try (InputStream in = LanguageCorpusTest.class.getResourceAsStream("/nudge/corpus.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Labelled> lines = new ArrayList<>();
      for (String line : all.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        Set<String> expected =
            parts[0].equals("-") ? Set.of() : new LinkedHashSet<>(List.of(parts[0].split(",")));
        lines.add(new Labelled(expected, parts[1]));
      }
      return lines;
    }
  }
}
