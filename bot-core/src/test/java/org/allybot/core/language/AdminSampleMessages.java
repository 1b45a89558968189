package org.allybot.core.language;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.LanguageRule;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.CampaignForm;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.nudge.NudgeMessage;
import org.allybot.core.nudge.TermMatch;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Count;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.ReportMessages;
import org.allybot.core.report.SurveyResults;
import org.allybot.core.survey.SurveyRound;

/**
 * What admins see, in one language, at its longest: the campaign report with every figure shown for
 * every scenario and survey item of the built-in pack, the new-campaign form and a nudge.
 */
public final class AdminSampleMessages {
  private AdminSampleMessages() {}

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    LanguageRule rule =
        SampleMessages.CURRICULUM.languageRules().stream()
            .max(java.util.Comparator.comparingInt(r -> r.why().length()))
            .orElseThrow();
    return List.of(
        ReportMessages.render(fullReport(), say),
        NudgeMessage.of(
            new TermMatch(rule, rule.terms().getFirst(), 0, 1),
            SampleMessages.CURRICULUM.languageRule(rule, language.source().tag()),
            say));
  }

  public static Block.Form campaignForm(Language language) {
    return CampaignForm.form(Messages.in(language));
  }

  /** Every figure shown (from 50 people), for every scenario and survey item there is. */
  static CampaignReport fullReport() {
    Count n = Count.of(50);
    Estimate mean = new Estimate(3.25, 2.75, 3.75, 50);
    Estimate share = new Estimate(0.4, 0.27, 0.55, 50);
    Map<Verdict, Double> verdicts = new EnumMap<>(Verdict.class);
    verdicts.put(Verdict.STRONG, 0.5);
    verdicts.put(Verdict.REASONABLE, 0.3);
    verdicts.put(Verdict.RISKY, 0.2);
    List<CampaignReport.ScenarioResult> scenarios =
        SampleMessages.CURRICULUM.scenarios().stream()
            .map(s -> new CampaignReport.ScenarioResult(s.id(), s.title(), n, verdicts))
            .toList();
    List<SurveyResults.LikertResult> likert = new ArrayList<>();
    List<SurveyResults.ChoiceResult> choices = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      var change = new SurveyResults.Change(new Estimate(-0.5, -1.25, 0.25, 50), i % 2 == 0);
      likert.add(
          new SurveyResults.LikertResult(
              "item" + i,
              "I feel able to speak up in a meeting when a remark leaves someone out (" + i + ").",
              Optional.of(mean),
              Optional.of(mean),
              Optional.of(mean),
              Optional.of(change),
              Optional.of(change)));
      Map<String, Double> shares = new LinkedHashMap<>();
      shares.put("never", 0.25);
      shares.put("once", 0.5);
      shares.put("more than once", 0.25);
      choices.add(
          new SurveyResults.ChoiceResult(
              "choice" + i,
              "How often did you step in? (" + i + ")",
              SurveyRound.FOLLOWUP,
              n,
              shares));
    }
    List<SurveyResults.RoundResponses> rounds =
        List.of(SurveyRound.values()).stream()
            .map(r -> new SurveyResults.RoundResponses(r, n, n))
            .toList();
    return new CampaignReport(
        new CampaignReport.Header(
            new WorkspaceId(Platform.SHELL, "t"),
            "pilot",
            "Pilot",
            LocalDate.of(2026, 11, 23),
            null,
            LocalDate.of(2026, 12, 7)),
        new CampaignReport.Participation(n, n, n, n, n, n, n),
        List.of(),
        scenarios,
        java.util.Arrays.stream(Sense.values())
            .map(s -> new CampaignReport.SensePractice(s, n))
            .toList(),
        new CampaignReport.CommunityActivity(n, n, n, Optional.of(Duration.ofHours(60))),
        new SurveyResults(
            rounds,
            likert,
            new SurveyResults.AllyKpi(Optional.of(share), Optional.of(share), Optional.of(share)),
            choices,
            List.of(
                new SurveyResults.TextResult(
                    "helped", "What helped you most?", SurveyRound.FEEDBACK, n))),
        java.util.Arrays.stream(Sense.values())
            .map(s -> new CampaignReport.SenseThanks(s, n))
            .toList());
  }
}
