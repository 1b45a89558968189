package org.allybot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.Scenario;
import org.allybot.content.Verdict;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Language;
import org.allybot.core.survey.SurveyRound;
import org.junit.jupiter.api.Test;

/** The report's pack words in the reader's language; figures and ids stay as they were. */
class LocalReportTest {
  private static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();

  private static CampaignReport report(Scenario scenario) {
    Count n = Count.of(20);
    return new CampaignReport(
        new CampaignReport.Header(
            new WorkspaceId(Platform.SHELL, "t"),
            "pilot",
            "Pilot",
            java.time.LocalDate.of(2026, 11, 2),
            null,
            java.time.LocalDate.of(2026, 12, 7)),
        new CampaignReport.Participation(n, n, n, n, n, n, n),
        List.of(),
        List.of(
            new CampaignReport.ScenarioResult(
                scenario.id(), scenario.title(), n, Map.of(Verdict.STRONG, 1.0))),
        List.of(),
        new CampaignReport.CommunityActivity(n, n, n, Optional.empty()),
        new SurveyResults(
            List.of(),
            List.of(),
            new SurveyResults.AllyKpi(Optional.empty(), Optional.empty(), Optional.empty()),
            List.of(
                new SurveyResults.ChoiceResult(
                    "have-an-ally",
                    "Do you have at least one ally at work?",
                    SurveyRound.BASELINE,
                    n,
                    Map.of("yes", 0.5, "unsure", 0.5))),
            List.of()),
        List.of());
  }

  @Test
  void aSpanishReaderSeesSpanishTitlesPromptsAndChoicesWithTheSameFigures() {
    Scenario scenario = CURRICULUM.scenarios().getFirst();
    String spanishTitle = CURRICULUM.scenario(scenario.id(), "es").orElseThrow().item().title();

    CampaignReport es = LocalReport.in(report(scenario), CURRICULUM, Language.ES);

    assertThat(spanishTitle).isNotEqualTo(scenario.title());
    assertThat(es.scenarios().getFirst().title()).isEqualTo(spanishTitle);
    assertThat(es.scenarios().getFirst().scenarioId()).isEqualTo(scenario.id());
    SurveyResults.ChoiceResult choice = es.surveys().choices().getFirst();
    assertThat(choice.prompt()).isEqualTo("¿Tienes al menos una persona aliada en el trabajo?");
    assertThat(choice.shares()).containsOnlyKeys("sí", "no lo tengo claro");
    assertThat(choice.answers()).isEqualTo(Count.of(20));
  }

  @Test
  void anEnglishReaderGetsTheReportAsItIs() {
    CampaignReport en = report(CURRICULUM.scenarios().getFirst());

    assertThat(LocalReport.in(en, CURRICULUM, Language.EN)).isSameAs(en);
    assertThat(LocalReport.in(en, CURRICULUM, Language.EN_XA)).isSameAs(en);
  }
}
