package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack-wide rules of {@code content lint}, each failing a bad pack with a clear message. */
class PackLintTest {
  @TempDir Path pack;

  @BeforeEach
  void aTopicsFile() throws Exception {
    PackFixtures.write(
        pack, "topics.yml", "kind: topics\nitems:\n  - {id: meetings, description: Meetings}\n");
  }

  private List<String> problems() {
    return ContentLoader.folderOnly(pack).problems().stream().map(ContentProblem::message).toList();
  }

  @Test
  void aPackWhoseOptionsAreEvenAndWhoseStrongOptionIsNotLongestIsClean() throws Exception {
    PackFixtures.write(pack, "s.yml", LintFixtures.scenarios(LintFixtures.balanced("one")));

    assertThat(problems()).isEmpty();
  }

  @Test
  void theStrongOptionBeingLongestInMostDecisionPointsIsReported() throws Exception {
    String strongLongest =
        LintFixtures.scenario(
            "tells",
            "Ask Ines to finish her point, and then make sure the chair hears it.",
            "Do the first thing that comes to mind.",
            "Do the third thing that comes to mind.");
    PackFixtures.write(pack, "s.yml", LintFixtures.scenarios(strongLongest));

    assertThat(problems())
        .containsExactly(
            "a strong option is the longest in 1 of 1 decision points; at most 0 may be, or"
                + " length gives the answer away. Shorten the strong option or lengthen another"
                + " in: tells");
  }

  @Test
  void anOptionOverThreeTimesTheShortestIsReportedWhereItIs() throws Exception {
    String uneven =
        LintFixtures.scenario(
            "uneven",
            "Say so to the chair.",
            "Do the first thing you can think of, even though it takes a while to explain.",
            "Do a third thing now.");
    PackFixtures.write(pack, "s.yml", LintFixtures.scenarios(uneven));

    assertThat(problems())
        .containsExactly(
            "in 'uneven' the longest option has 77 characters, over three times the shortest"
                + " (20); even them out so length does not give the answer away",
            "the longest option is more than twice the shortest in 1 of 1 decision points; at"
                + " most 0 may be. Even out: uneven");
  }

  @Test
  void aNameUsedForTwoCharactersIsReportedWithTheFirstItem() throws Exception {
    PackFixtures.write(
        pack,
        "s.yml",
        LintFixtures.scenarios(LintFixtures.balanced("first"), LintFixtures.balanced("second")));

    assertThat(problems())
        .contains(
            "the name 'Ines' is already a character in 'first'; give this person a name of their"
                + " own",
            "'second' uses the name 'Ines', a character in 'first'; give this person a name of"
                + " their own");
  }

  @Test
  void aCastNameMissingFromTheTextIsReported() throws Exception {
    PackFixtures.write(
        pack,
        "s.yml",
        LintFixtures.scenarios(
            LintFixtures.balanced("one").replace("cast: [Ines]", "cast: [Ines, Odile]")));

    assertThat(problems())
        .containsExactly("cast member 'Odile' does not appear in the item's text");
  }

  @Test
  void anUnknownAudienceIsNamedWithTheKnownOnes() throws Exception {
    PackFixtures.write(
        pack,
        "s.yml",
        LintFixtures.scenarios(
            LintFixtures.balanced("one")
                .replace(
                    "level: practised", "level: practised\n    audience: [managers, interns]")));

    assertThat(problems())
        .containsExactly(
            "unknown audience 'interns'; use everyone, managers, leaders, hr-erg or desk-allies");
  }

  @Test
  void aFigureInALessonWithoutSourcesIsReported() throws Exception {
    PackFixtures.write(
        pack,
        "l.yml",
        PackFixtures.LESSON.replace("Try one small", "Try what 40% of teams do: one small"));

    assertThat(problems())
        .containsExactly(
            "states a figure or a finding ('40%') without 'sources'; cite where it comes from, or"
                + " rephrase");
  }

  @Test
  void aFigureWithASourceIsCleanAndTheSourceIsKept() throws Exception {
    PackFixtures.write(
        pack,
        "l.yml",
        PackFixtures.LESSON.replace("Try one small", "Try what 40% of teams do: one small")
            + LintFixtures.SOURCES);

    LoadResult result = ContentLoader.folderOnly(pack);

    assertThat(result.problems()).isEmpty();
    assertThat(result.curriculum().lessons().getFirst().sources())
        .containsExactly(
            new Source("A study of teams", "Example Press", 2020, "https://example.org/teams"));
  }

  @Test
  void aSourceWithoutPublisherOrWithABadLinkIsReported() throws Exception {
    PackFixtures.write(
        pack,
        "l.yml",
        PackFixtures.LESSON
            + LintFixtures.SOURCES
                .replace("publisher: Example Press", "publisher: \"\"")
                .replace("https://example.org/teams", "example.org/teams"));

    assertThat(problems())
        .containsExactly(
            "a source needs a 'publisher'",
            "a source's 'url' must be an http(s) link, not 'example.org/teams'");
  }

  @Test
  void aNearCopyOfAnotherScenarioIsReportedWithItsSimilarity() throws Exception {
    String copy =
        LintFixtures.balanced("copy")
            .replace("Ines", "Odile")
            .replace("situation: \"", "situation: \"Later that week, ");
    PackFixtures.write(
        pack,
        "s.yml",
        LintFixtures.scenarios(
            LintFixtures.balanced("original"), copy, LintFixtures.different("apart")));

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("'copy' is a near-copy of 'original' (similarity 0.")
        .endsWith("limit 0.20); tell a different story");
  }

  @Test
  void anUnknownPlaceholderIsNamedWithTheKnownOnes() throws Exception {
    PackFixtures.write(
        pack,
        "s.yml",
        LintFixtures.scenarios(
            LintFixtures.balanced("one")
                .replace("What do you do?", "What would {org.ceo} do? And {org.name}?")));

    assertThat(problems())
        .containsExactly(
            "unknown placeholder '{org.ceo}'; use {org.name}, {org.report_desk} or"
                + " {org.policy_url}");
  }

  @Test
  void aPackThatReadsAboveGradeNineIsReported() throws Exception {
    String dense =
        "Organisational accountability necessitates institutionalised consideration of"
            + " intersectional marginalisation, notwithstanding considerable administrative"
            + " complexity associated with comprehensive implementation. ";
    PackFixtures.write(
        pack, "l.yml", PackFixtures.LESSON.replace(PackFixtures.BODY, dense.repeat(5)));

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("the pack reads at grade ")
        .endsWith("keep it at 9 or below with shorter sentences and plainer words");
  }
}
