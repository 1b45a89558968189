package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentValidatorTest {
  @TempDir Path pack;

  private List<String> problems() {
    return ContentLoader.withOverlay(pack).problems().stream()
        .map(ContentProblem::toString)
        .toList();
  }

  @Test
  void malformedYamlNamesTheFileAndLine() throws Exception {
    Path file =
        PackFixtures.write(
            pack, "broken.yml", "kind: lessons\nitems:\n  - id: x\n    title: [unclosed\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith(file + ":")
        .contains("malformed YAML");
  }

  @Test
  void aDuplicateIdPointsAtBothPlaces() throws Exception {
    PackFixtures.write(pack, "a.yml", PackFixtures.LESSON);
    Path second = PackFixtures.write(pack, "b.yml", PackFixtures.LESSON);

    assertThat(problems())
        .containsExactly(
            second
                + ":3: duplicate id 'org-lesson-one' (first used at "
                + pack.resolve("a.yml")
                + ":3)");
  }

  @Test
  void anIdAlreadyInTheBuiltInPackIsADuplicate() throws Exception {
    String builtInId = ContentLoader.builtIn().curriculum().lessons().getFirst().id();
    PackFixtures.write(pack, "a.yml", PackFixtures.LESSON.replace("org-lesson-one", builtInId));

    assertThat(problems())
        .singleElement()
        .asString()
        .contains("duplicate id '" + builtInId + "'", "built-in:");
  }

  @Test
  void anUnknownSenseIsNamedWithTheKnownOnes() throws Exception {
    Path file =
        PackFixtures.write(pack, "a.yml", PackFixtures.LESSON.replace("[act]", "[act, courage]"));

    assertThat(problems())
        .containsExactly(
            file
                + ":6: unknown sense 'courage'; use act, listen, privilege, speak, bias or empathy");
  }

  @Test
  void anEmptyOptionListIsReported() throws Exception {
    String noOptions =
        PackFixtures.SCENARIO.substring(0, PackFixtures.SCENARIO.indexOf("    options:"))
            + "    options: []\n";
    Path file = PackFixtures.write(pack, "s.yml", noOptions);

    assertThat(problems()).containsExactly(file + ":12: needs 3 or 4 options, not 0");
  }

  @Test
  void everyProblemInAFileIsReportedNotOnlyTheFirst() throws Exception {
    String bad =
        PackFixtures.LESSON
            .replace("level: starter", "level: expert")
            .replace("[meetings]", "[knitting]")
            .replace("minutes: 2", "minutes: 4")
            .replace("Try one small concrete thing with your team this week.", "Too short.");
    Path file = PackFixtures.write(pack, "a.yml", bad);

    assertThat(problems())
        .containsExactly(
            file + ":7: unknown topic 'knitting'; add it to a topics file or use a known one",
            file + ":8: unknown level 'expert'; use starter, practised or advanced",
            file + ":9: 'minutes' must be 1-2, not 4",
            file + ":11: 'try' has 2 words; it needs 8-60");
  }

  @Test
  void wordCountsLabelsAndVerdictsOfOptionsAreChecked() throws Exception {
    String bad =
        PackFixtures.SCENARIO
            .replace("label: First", "label: " + "x".repeat(61))
            .replaceFirst(
                "verdict: risky, feedback: \"[^\"]*\"", "verdict: awful, feedback: \"Too thin.\"");
    Path file = PackFixtures.write(pack, "s.yml", bad);

    assertThat(problems())
        .containsExactly(
            file + ":13: 'label' must be 1-60 characters, not 61",
            file + ":13: 'feedback' has 2 words; it needs 30-90",
            file + ":13: unknown verdict 'awful'; use strong, reasonable or risky");
  }

  @Test
  void aBranchToAMissingStepAndAnUnreachableStepAreReported() throws Exception {
    Path file =
        PackFixtures.write(
            pack, "s.yml", PackFixtures.SCENARIO.replace("next: later", "next: nowhere"));

    assertThat(problems())
        .containsExactly(
            file + ":17: option 'b' of step 'start' leads to unknown step 'nowhere'",
            file + ":17: step 'later' is never reached by any option's 'next'");
  }

  @Test
  void aScenarioWithoutAStrongOptionIsReported() throws Exception {
    Path file =
        PackFixtures.write(
            pack,
            "s.yml",
            PackFixtures.SCENARIO.replaceFirst("verdict: strong", "verdict: reasonable"));

    assertThat(problems())
        .containsExactly(file + ":13: needs at least one option with verdict 'strong'");
  }

  @Test
  void anUnknownKindOrAnEmptyFileIsReported() throws Exception {
    Path unknown = PackFixtures.write(pack, "a.yml", "kind: quizzes\nitems:\n  - id: q\n");
    Path empty = PackFixtures.write(pack, "b.yml", "");

    assertThat(problems())
        .containsExactly(
            unknown
                + ":1: unknown kind 'quizzes'; use lessons, scenarios, surveys, digest, topics or language",
            empty + ":0: the file is empty");
  }

  @Test
  void aMissingFolderIsReported() {
    assertThat(ContentLoader.withOverlay(pack.resolve("nope")).problems())
        .extracting(ContentProblem::message)
        .containsExactly("no such folder");
  }
}
