package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped curriculum meets the product's own bar. */
class BuiltInPackTest {
  private final Curriculum curriculum = ContentLoader.builtIn().curriculum();

  @Test
  void theBuiltInPackIsClean() {
    assertThat(ContentLoader.builtIn().problems()).isEmpty();
  }

  @Test
  void everyLessonHasARecallQuestionAndLengthsVary() {
    CurriculumStats stats = CurriculumStats.of(curriculum);

    assertThat(curriculum.lessons()).allSatisfy(l -> assertThat(l.recall().isPresent()).isTrue());
    assertThat(stats.recallQuestions()).isGreaterThanOrEqualTo(48);
    assertThat(stats.lessonsByLength().get("nudge")).isGreaterThanOrEqualTo(6);
    assertThat(stats.lessonsByLength().get("deep-dive")).isGreaterThanOrEqualTo(3);
  }

  @Test
  void everySenseHasEightLessonsAndTenScenarios() {
    CurriculumStats stats = CurriculumStats.of(curriculum);

    assertThat(stats.lessons().total()).isGreaterThanOrEqualTo(48);
    assertThat(stats.scenarios().total()).isGreaterThanOrEqualTo(64);
    assertThat(stats.lessons().bySense().values())
        .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(8));
    assertThat(stats.scenarios().bySense().values())
        .allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(10));
  }

  @Test
  void scenariosBranchAndShowConsequences() {
    CurriculumStats stats = CurriculumStats.of(curriculum);

    assertThat(stats.branching()).isGreaterThanOrEqualTo(24);
    assertThat(stats.decisionPoints().twoDeep()).isGreaterThanOrEqualTo(6);
    assertThat(stats.decisionPoints().withTwoStrong()).isGreaterThanOrEqualTo(10);
    assertThat(curriculum.scenarios().stream().filter(BuiltInPackTest::riskyLeadsToRecovery))
        .hasSizeGreaterThanOrEqualTo(12);
  }

  /** A risky choice leads to a step where a strong option lets the learner recover. */
  private static boolean riskyLeadsToRecovery(Scenario scenario) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(scenario.opening()), scenario.steps().stream())
        .flatMap(step -> step.options().stream())
        .filter(o -> o.verdict() == Verdict.RISKY && o.hasNext())
        .anyMatch(o ->
            scenario.step(o.next()).orElseThrow().options().stream()
                .anyMatch(next -> next.verdict() == Verdict.STRONG));
  }

  @Test
  void aThirdOfScenariosHappenOutsideOfficesAndRolesHaveTheirTracks() {
    long outside = curriculum.scenarios().stream().filter(s -> !s.setting().isOffice()).count();
    CurriculumStats stats = CurriculumStats.of(curriculum);

    assertThat(outside * 10).isGreaterThanOrEqualTo(curriculum.scenarios().size() * 3L);
    assertThat(
            stats.lessons().byAudience().get("managers")
                + stats.scenarios().byAudience().get("managers"))
        .isGreaterThanOrEqualTo(12);
    assertThat(
            stats.lessons().byAudience().get("leaders")
                + stats.scenarios().byAudience().get("leaders"))
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void everyLevelIsRepresented() {
    CurriculumStats stats = CurriculumStats.of(curriculum);

    assertThat(stats.lessons().byLevel().values()).allSatisfy(n -> assertThat(n).isPositive());
    assertThat(stats.scenarios().byLevel().values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void theStrongAnswerIsNotAlwaysTheSameLetter() {
    Map<String, Long> strongPositions =
        curriculum.scenarios().stream()
            .flatMap(s -> s.opening().options().stream())
            .filter(o -> o.verdict() == Verdict.STRONG)
            .collect(Collectors.groupingBy(ScenarioOption::id, Collectors.counting()));

    assertThat(strongPositions.keySet()).contains("a", "b", "c");
    long total = strongPositions.values().stream().mapToLong(Long::longValue).sum();
    assertThat(strongPositions.values()).allSatisfy(n -> assertThat(n).isLessThan(total / 2));
  }

  @Test
  void scenariosCoverEverySituationInTheDomainBrief() {
    List<Set<String>> situations =
        List.of(
            Set.of("banter", "lgbtq"),
            Set.of("pronouns"),
            Set.of("promotion"),
            Set.of("decisions"),
            Set.of("meetings"),
            Set.of("banter", "disability"),
            Set.of("power"),
            Set.of("world-events"),
            Set.of("hiring"),
            Set.of("onboarding"),
            Set.of("compensation"),
            Set.of("performance"),
            Set.of("feedback"),
            Set.of("career"),
            Set.of("apology"),
            Set.of("banter", "gender"),
            Set.of("banter", "race"),
            Set.of("microaggressions", "ally-also-marginalised"),
            Set.of("pronouns", "apology"),
            Set.of("gender", "pronouns", "safe-spaces"),
            Set.of("intersectionality", "race"),
            Set.of("lgbtq", "learning"),
            Set.of("performative", "lgbtq"),
            Set.of("policy", "parents"),
            Set.of("performative", "policy"),
            Set.of("age", "meetings"),
            Set.of("age", "career"),
            Set.of("veterans"),
            Set.of("wellbeing", "support"),
            Set.of("support", "ally-also-marginalised"),
            Set.of("support", "learning"),
            Set.of("support", "microaggressions", "power"));

    for (Set<String> topics : situations) {
      assertThat(curriculum.scenarios())
          .as("a scenario tagged %s", topics)
          .anySatisfy(s -> assertThat(s.tags().topics()).containsAll(topics));
    }
  }

  @Test
  void theBaselineSurveyAsksWhetherPeopleHaveAnAlly() {
    Survey baseline = curriculum.survey("baseline").orElseThrow();

    assertThat(baseline.questions()).hasSizeBetween(6, 10);
    assertThat(baseline.questions())
        .anySatisfy(q -> {
          assertThat(q.prompt()).isEqualTo("Do you have at least one ally at work?");
          assertThat(q.choices()).containsExactly("yes", "no", "unsure");
        });
    assertThat(curriculum.survey("feedback")).isPresent();
  }

  @Test
  void theFollowupRepeatsTheBaselineThenAsksHowOftenPeopleActed() {
    Survey baseline = curriculum.survey("baseline").orElseThrow();
    Survey followup = curriculum.survey("followup").orElseThrow();
    int repeated = baseline.questions().size();

    assertThat(followup.repeats()).isEqualTo("baseline");
    assertThat(followup.questions().subList(0, repeated)).isEqualTo(baseline.questions());
    assertThat(followup.questions().subList(repeated, followup.questions().size()))
        .extracting(SurveyQuestion::id)
        .containsExactly("stepped-in", "spoke-up", "checked-in", "questioned-process");
    assertThat(followup.questions().subList(repeated, followup.questions().size()))
        .allSatisfy(q -> {
          assertThat(q.prompt()).startsWith("In the past month, how often did you");
          assertThat(q.choices())
              .containsExactly("never", "once", "two or three times", "weekly or more");
        });
  }

  @Test
  void theSpanishEditionTranslatesEveryItemAtItsCurrentVersion() {
    LoadResult pack = ContentLoader.builtIn();

    assertThat(pack.translationNotes()).isEmpty();
    assertThat(pack.curriculum().translations().get("es").lessons())
        .hasSameSizeAs(curriculum.lessons());
    assertThat(pack.curriculum().translations().get("es").scenarios())
        .hasSameSizeAs(curriculum.scenarios());
  }

  /** Every listed file exists (the loader fails otherwise) and every file on disk is listed. */
  @Test
  void everyFileInThePackFolderIsListedInTheIndex() throws IOException {
    Path folder = Path.of("src/main/resources", ContentLoader.BUILT_IN_ROOT);
    try (Stream<Path> files = Files.walk(folder)) {
      List<String> onDisk =
          files
              .filter(p -> p.toString().endsWith(".yml"))
              .map(p -> folder.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .toList();
      assertThat(ContentLoader.builtInFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }
}
