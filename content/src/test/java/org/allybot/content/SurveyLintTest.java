package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code content lint} checks surveys as it checks everything else. */
class SurveyLintTest {
  @TempDir Path pack;

  private static final String CHECK_IN =
      """
      kind: surveys
      items:
        - id: check-in
          title: A quick check-in
          repeats: %s
          questions:
            - id: %s
              type: choice
              prompt: How often did you try something new?
              choices: %s
      """;

  private List<String> problems() {
    return ContentLoader.withOverlay(pack).problems().stream()
        .map(ContentProblem::toString)
        .toList();
  }

  private static String checkIn(String repeats, String id, String choices) {
    return CHECK_IN.formatted(repeats, id, choices);
  }

  @Test
  void aSurveyThatRepeatsAnotherAsksItsQuestionsFirst() throws Exception {
    PackFixtures.write(pack, "s.yml", checkIn("baseline", "tried-new", "[never, often]"));

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems()).isEmpty();
    Survey baseline = result.curriculum().survey("baseline").orElseThrow();
    Survey checkIn = result.curriculum().survey("check-in").orElseThrow();
    assertThat(checkIn.questions()).hasSize(baseline.questions().size() + 1);
    assertThat(checkIn.questions().subList(0, baseline.questions().size()))
        .isEqualTo(baseline.questions());
    assertThat(checkIn.questions().getLast().id()).isEqualTo("tried-new");
  }

  @Test
  void repeatingAnUnknownSurveyIsReported() throws Exception {
    Path file = PackFixtures.write(pack, "s.yml", checkIn("nope", "tried-new", "[never, often]"));

    assertThat(problems())
        .containsExactly(file + ":5: survey 'check-in' repeats 'nope', which no file defines");
  }

  @Test
  void repeatingASurveyThatRepeatsAnotherIsReported() throws Exception {
    Path file =
        PackFixtures.write(pack, "s.yml", checkIn("followup", "tried-new", "[never, often]"));

    assertThat(problems())
        .containsExactly(
            file
                + ":5: survey 'check-in' may repeat only a survey that repeats none; 'followup' is"
                + " not one");
  }

  @Test
  void aQuestionIdAlsoInTheRepeatedSurveyIsReported() throws Exception {
    Path file = PackFixtures.write(pack, "s.yml", checkIn("baseline", "have-an-ally", "[yes, no]"));

    assertThat(problems())
        .containsExactly(
            file + ":5: question id 'have-an-ally' is already in 'baseline', which it repeats");
  }

  @Test
  void aFollowupThatDoesNotRepeatTheBaselineIsReported() throws Exception {
    Path file =
        PackFixtures.write(
            pack,
            "s.yml",
            checkIn("baseline", "tried-new", "[never, often]")
                .replace("id: check-in", "id: followup")
                .replace("    repeats: baseline\n", ""));

    assertThat(problems())
        .containsExactly(
            file
                + ":3: the followup survey must say 'repeats: baseline', so that before and after"
                + " can be compared");
  }

  @Test
  void choicesMustBeFewShortAndDistinctButtons() throws Exception {
    Path file =
        PackFixtures.write(
            pack,
            "s.yml",
            checkIn("baseline", "tried-new", "[never, never, " + "x".repeat(41) + "]"));

    assertThat(problems())
        .containsExactly(
            file + ":10: a choice question's 'choices' must differ from each other",
            file + ":10: choice '" + "x".repeat(41) + "' needs 1-40 characters: it is a button");
  }

  @Test
  void aChoiceQuestionNeedsTwoChoicesAndOnlyItMayHaveThem() throws Exception {
    Path file =
        PackFixtures.write(
            pack,
            "s.yml",
            checkIn("baseline", "tried-new", "[never]")
                + """
                      - id: rate-it
                        type: likert
                        prompt: I liked this check-in a lot.
                        choices: [a, b]
                """);

    assertThat(problems())
        .containsExactly(
            file + ":10: a choice question needs 2-6 'choices', not 1",
            file + ":14: only a choice question has 'choices'");
  }

  @Test
  void aBaselineWithoutTheAllyQuestionIsReported() throws Exception {
    String questions =
        """
            - id: q%d
              type: likert
              prompt: I feel able to do thing number %d.
        """;
    StringBuilder yaml =
        new StringBuilder(
            "kind: surveys\nitems:\n  - id: baseline\n    title: Our baseline\n    questions:\n");
    for (int i = 1; i <= 6; i++) {
      yaml.append(questions.formatted(i, i).stripIndent().indent(6));
    }
    Path file = PackFixtures.write(pack, "s.yml", yaml.toString());

    assertThat(problems())
        .containsExactly(
            file
                + ":6: the baseline survey needs the choice question 'have-an-ally' with a 'yes'"
                + " choice: its share is the ally KPI that reports compare");
  }
}
