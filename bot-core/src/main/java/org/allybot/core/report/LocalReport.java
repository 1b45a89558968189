package org.allybot.core.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.content.Curriculum;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.language.Language;

/**
 * A campaign report with the pack's words in a reader's language: scenario titles, survey prompts
 * and choice labels, each falling back to English where the pack has no translation. The figures
 * and ids are untouched: answers are stored and counted in English whatever the member's language.
 */
public final class LocalReport {
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, String> prompts = new HashMap<>();
  private final Map<String, Map<String, String>> choices = new HashMap<>();

  private LocalReport(Curriculum curriculum, String language) {
    curriculum
        .scenarios()
        .forEach(s ->
            curriculum
                .scenario(s.id(), language)
                .ifPresent(l -> titles.put(s.id(), l.item().title())));
    for (Survey english : curriculum.surveys()) {
      curriculum.survey(english.id(), language).ifPresent(l -> words(english, l.item()));
    }
  }

  /** {@code report} in {@code language}; an English reader gets it as it is. */
  public static CampaignReport in(CampaignReport report, Curriculum curriculum, Language language) {
    if (language.source() == Language.EN) {
      return report;
    }
    return new LocalReport(curriculum, language.source().tag()).apply(report);
  }

  private void words(Survey english, Survey local) {
    for (SurveyQuestion q : english.questions()) {
      local
          .question(q.id())
          .ifPresent(t -> {
            prompts.put(q.id(), t.prompt());
            Map<String, String> labels = new HashMap<>();
            for (int i = 0; i < q.choices().size() && i < t.choices().size(); i++) {
              labels.put(q.choices().get(i), t.choices().get(i));
            }
            choices.put(q.id(), labels);
          });
    }
  }

  private CampaignReport apply(CampaignReport r) {
    List<CampaignReport.ScenarioResult> scenarios =
        r.scenarios().stream()
            .map(s ->
                new CampaignReport.ScenarioResult(
                    s.scenarioId(),
                    titles.getOrDefault(s.scenarioId(), s.title()),
                    s.answers(),
                    s.shares()))
            .toList();
    return new CampaignReport(
        r.header(),
        r.participation(),
        r.weeks(),
        scenarios,
        r.senses(),
        r.community(),
        surveys(r.surveys()),
        r.thanks());
  }

  private SurveyResults surveys(SurveyResults s) {
    return new SurveyResults(
        s.rounds(),
        s.likert().stream()
            .map(l ->
                new SurveyResults.LikertResult(
                    l.itemId(),
                    prompt(l.itemId(), l.prompt()),
                    l.before(),
                    l.after(),
                    l.later(),
                    l.change(),
                    l.changeLater()))
            .toList(),
        s.allyKpi(),
        s.choices().stream().map(this::choice).toList(),
        s.texts().stream()
            .map(t ->
                new SurveyResults.TextResult(
                    t.itemId(), prompt(t.itemId(), t.prompt()), t.round(), t.answers()))
            .toList());
  }

  private SurveyResults.ChoiceResult choice(SurveyResults.ChoiceResult c) {
    Map<String, String> labels = choices.getOrDefault(c.itemId(), Map.of());
    Map<String, Double> shares = new LinkedHashMap<>();
    c.shares().forEach((choice, share) -> shares.put(labels.getOrDefault(choice, choice), share));
    return new SurveyResults.ChoiceResult(
        c.itemId(), prompt(c.itemId(), c.prompt()), c.round(), c.answers(), shares);
  }

  private String prompt(String itemId, String english) {
    return prompts.getOrDefault(itemId, english);
  }
}
