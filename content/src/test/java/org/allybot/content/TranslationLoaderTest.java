package org.allybot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationLoaderTest {
  @TempDir Path pack;

  private LoadResult load() throws Exception {
    PackFixtures.write(pack, "lessons.yml", PackFixtures.LESSON);
    PackFixtures.write(pack, "scenarios.yml", PackFixtures.SCENARIO);
    return ContentLoader.withOverlay(pack);
  }

  /** The notes about the fixtures' items, not the built-in ones. */
  private List<String> orgNotes(LoadResult result) {
    return result.translationNotes().stream()
        .map(ContentProblem::message)
        .filter(m -> m.contains("'org-"))
        .toList();
  }

  @Test
  void aTranslationKeepsTheEnglishIdsVerdictsAndBranches() throws Exception {
    PackFixtures.write(pack, "es/scenarios.yml", TranslationFixtures.SCENARIO_ES);

    LoadResult result = load();

    assertThat(result.problems()).isEmpty();
    Localized<Scenario> es = result.curriculum().scenario("org-scenario-one", "es").orElseThrow();
    Scenario en = result.curriculum().scenario("org-scenario-one").orElseThrow();
    assertThat(es.fallback()).isFalse();
    assertThat(es.item().title()).isEqualTo("Nuestro propio escenario");
    assertThat(es.item().opening().option("b").orElseThrow().label()).isEqualTo("Segunda");
    assertThat(es.item().opening().option("b").orElseThrow().verdict()).isEqualTo(Verdict.STRONG);
    assertThat(es.item().opening().option("b").orElseThrow().next()).isEqualTo("later");
    assertThat(es.item().tags()).isEqualTo(en.tags());
    assertThat(es.item().step("later").orElseThrow().option("c").orElseThrow().label())
        .isEqualTo("Preguntar");
  }

  @Test
  void anItemWithoutATranslationFallsBackToEnglishAndIsMarked() throws Exception {
    PackFixtures.write(pack, "es/scenarios.yml", TranslationFixtures.SCENARIO_ES);

    LoadResult result = load();

    Localized<Lesson> lesson = result.curriculum().lesson("org-lesson-one", "es").orElseThrow();
    assertThat(lesson.fallback()).isTrue();
    assertThat(lesson.item().title()).isEqualTo("Our own lesson");
    assertThat(result.curriculum().lesson("org-lesson-one", "en").orElseThrow().fallback())
        .isFalse();
    assertThat(orgNotes(result))
        .containsExactly("missing es translation of lesson 'org-lesson-one'");
  }

  @Test
  void aTranslationOfAnOlderEnglishVersionIsReportedStale() throws Exception {
    PackFixtures.write(pack, "es/lessons.yml", TranslationFixtures.LESSON_ES);
    PackFixtures.write(pack, "es/scenarios.yml", TranslationFixtures.SCENARIO_ES);
    PackFixtures.write(
        pack, "lessons.yml", PackFixtures.LESSON.replace("version: 1", "version: 2"));
    PackFixtures.write(pack, "scenarios.yml", PackFixtures.SCENARIO);

    LoadResult result = ContentLoader.withOverlay(pack);

    assertThat(result.problems()).isEmpty();
    assertThat(orgNotes(result))
        .containsExactly(
            "stale es translation of lesson 'org-lesson-one': it translates version 1, the"
                + " English is at version 2");
    assertThat(result.curriculum().lesson("org-lesson-one", "es").orElseThrow().item().title())
        .isEqualTo("Nuestra propia lección");
  }

  @Test
  void optionsOutOfTheEnglishOrderAreAProblem() throws Exception {
    PackFixtures.write(
        pack,
        "es/scenarios.yml",
        TranslationFixtures.SCENARIO_ES.replace(
            "{id: a, label: Primera", "{id: d, label: Primera"));

    LoadResult result = load();

    assertThat(result.problems())
        .extracting(ContentProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("options must be [a, b, c] in this order"));
    assertThat(result.curriculum().scenario("org-scenario-one", "es").orElseThrow().fallback())
        .isTrue();
  }

  @Test
  void aTranslationOfAnUnknownItemOrWithChangedPlaceholdersIsAProblem() throws Exception {
    PackFixtures.write(
        pack,
        "es/lessons.yml",
        TranslationFixtures.LESSON_ES
            .replace("id: org-lesson-one", "id: org-lesson-nope")
            .concat(
                TranslationFixtures.LESSON_ES
                    .substring(TranslationFixtures.LESSON_ES.indexOf("  - id:"))
                    .replace("con tu equipo", "con {org.nombre}")));

    LoadResult result = load();

    assertThat(result.problems())
        .extracting(ContentProblem::message)
        .anySatisfy(m -> assertThat(m).contains("translates 'org-lesson-nope', which the English"))
        .anySatisfy(m -> assertThat(m).contains("placeholders [{org.nombre}] differ"));
  }

  @Test
  void translationsMayRunThirtyPercentLongerThanTheEnglishLimit() throws Exception {
    String longTry = "palabra ".repeat(78);
    PackFixtures.write(
        pack,
        "es/lessons.yml",
        TranslationFixtures.LESSON_ES.replace(
            "Prueba esta semana una cosa pequeña y concreta con tu equipo.", longTry));

    assertThat(load().problems()).isEmpty();

    PackFixtures.write(
        pack,
        "es/lessons.yml",
        TranslationFixtures.LESSON_ES.replace(
            "Prueba esta semana una cosa pequeña y concreta con tu equipo.", longTry + "más"));
    assertThat(load().problems())
        .extracting(ContentProblem::message)
        .containsExactly("'try' has 79 words; it needs 8-78");
  }
}
