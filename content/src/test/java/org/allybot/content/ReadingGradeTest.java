package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadingGradeTest {
  /** The definition the counting loop follows, as regular expressions. */
  private static int syllablesByRegex(String word) {
    String w = Pattern.compile("[^a-z]").matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (w.isEmpty()) {
      return 0;
    }
    int groups = (int) Pattern.compile("[aeiouy]+").matcher(w).results().count();
    if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
      groups--;
    }
    return Math.max(1, groups);
  }

  @Test
  void syllablesAreVowelGroupsLessASilentFinalE() {
    assertThat(ReadingGrade.syllables("make")).isEqualTo(1);
    assertThat(ReadingGrade.syllables("table")).isEqualTo(2);
    assertThat(ReadingGrade.syllables("the")).isEqualTo(1);
    assertThat(ReadingGrade.syllables("rhythm")).isEqualTo(1);
    assertThat(ReadingGrade.syllables("Co-operate,")).isEqualTo(3);
    assertThat(ReadingGrade.syllables("İnclusion")).isEqualTo(3);
    assertThat(ReadingGrade.syllables("—")).isZero();
    assertThat(ReadingGrade.syllables("")).isZero();
  }

  @Test
  void everyWordOfTheBuiltInPackCountsAsTheRegexDefinitionSays() {
    String text = LearnerText.of(ContentLoader.builtIn().curriculum());

    for (String word : text.strip().split("\\s+")) {
      assertThat(ReadingGrade.syllables(word)).as(word).isEqualTo(syllablesByRegex(word));
    }
  }

  @Test
  void shortPlainSentencesReadAtALowGradeAndLongWordyOnesHigh() {
    assertThat(ReadingGrade.of("")).isZero();
    assertThat(ReadingGrade.of("We met. We talked. It went well.")).isLessThan(3);
    assertThat(
            ReadingGrade.of(
                "Organisational accountability necessitates comprehensive institutional"
                    + " introspection regarding discriminatory infrastructural configurations."))
        .isGreaterThan(ReadingGrade.LIMIT);
  }
}
