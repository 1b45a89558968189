package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path pack;

  @Test
  void anOrganisationPackAddsItsItemsToTheBuiltInOnes() throws Exception {
    PackFixtures.write(pack, "lessons.yml", PackFixtures.LESSON);
    PackFixtures.write(pack, "deep/scenarios.yaml", PackFixtures.SCENARIO);

    LoadResult builtIn = ContentLoader.builtIn();
    LoadResult merged = ContentLoader.withOverlay(pack);

    assertThat(merged.problems()).isEmpty();
    Curriculum curriculum = merged.curriculum();
    assertThat(curriculum.lessons()).hasSize(builtIn.curriculum().lessons().size() + 1);
    assertThat(curriculum.scenarios()).hasSize(builtIn.curriculum().scenarios().size() + 1);
    Lesson lesson = curriculum.lesson("org-lesson-one").orElseThrow();
    assertThat(lesson.tags().senses()).containsExactly(Sense.ACT);
    assertThat(lesson.tags().level()).isEqualTo(Level.STARTER);
    assertThat(lesson.tryThis()).startsWith("Try one small");
    assertThat(lesson.hasDeeper()).isFalse();
  }

  @Test
  void aBranchingScenarioKeepsItsStepsAndWhereEachOptionLeads() throws Exception {
    PackFixtures.write(pack, "scenarios.yml", PackFixtures.SCENARIO);

    Scenario scenario =
        ContentLoader.withOverlay(pack).curriculum().scenario("org-scenario-one").orElseThrow();

    assertThat(scenario.isBranching()).isTrue();
    assertThat(scenario.opening().options())
        .extracting(ScenarioOption::id)
        .containsExactly("a", "b", "c");
    ScenarioOption second = scenario.opening().option("b").orElseThrow();
    assertThat(second.verdict()).isEqualTo(Verdict.STRONG);
    assertThat(second.next()).isEqualTo("later");
    assertThat(scenario.step("later").orElseThrow().options()).hasSize(3);
    assertThat(scenario.step(Scenario.OPENING)).contains(scenario.opening());
    assertThat(scenario.tags().senses()).containsExactly(Sense.SPEAK, Sense.LISTEN);
  }

  @Test
  void statsCountAnItemOnceUnderEachOfItsSenses() throws Exception {
    PackFixtures.write(pack, "scenarios.yml", PackFixtures.SCENARIO);
    CurriculumStats before = CurriculumStats.of(ContentLoader.builtIn().curriculum());

    CurriculumStats after = CurriculumStats.of(ContentLoader.withOverlay(pack).curriculum());

    assertThat(after.scenarios().total()).isEqualTo(before.scenarios().total() + 1);
    assertThat(after.scenarios().bySense().get("speak"))
        .isEqualTo(before.scenarios().bySense().get("speak") + 1);
    assertThat(after.scenarios().bySense().get("listen"))
        .isEqualTo(before.scenarios().bySense().get("listen") + 1);
    assertThat(after.scenarios().bySense().get("act"))
        .isEqualTo(before.scenarios().bySense().get("act"));
    assertThat(after.scenarios().byLevel().get("practised"))
        .isEqualTo(before.scenarios().byLevel().get("practised") + 1);
    assertThat(after.branching()).isEqualTo(before.branching() + 1);
  }
}
