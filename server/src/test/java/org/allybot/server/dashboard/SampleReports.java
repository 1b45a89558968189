package org.allybot.server.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.WorkspaceId;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.Count;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;
import org.allybot.core.survey.SurveyRound;

/**
 * A report source with one campaign, "Pilot", whose figures are known, some of them hidden (from
 * fewer than 5 people), so that a test can check each chart and table shows exactly them.
 */
final class SampleReports implements ReportSource {
  static final String ITEM = "I know what to say when I hear a biased remark";
  static final String HIDDEN_ITEM = "I feel able to question a process that leaves people out";
  static final String RISKY_TITLE = "+1 to \"just a joke\"? Or say something";

  @Override
  public List<CampaignReport> all(WorkspaceId workspace) {
    return workspace.equals(ServedDashboard.WORKSPACE) ? List.of(pilot()) : List.of();
  }

  @Override
  public Optional<CampaignReport> one(WorkspaceId workspace, String campaignId) {
    return all(workspace).stream()
        .filter(r -> r.header().campaignId().equals(campaignId))
        .findFirst();
  }

  static final List<String> WRITTEN =
      List.of(
          "The polls made me think about meetings differently.",
          "More scenarios about remote work, please.",
          "I asked a colleague how they were, and it mattered.",
          "Short and regular: just right.",
          "The <b>lessons</b> on listening helped most.",
          "Seeing others' advice in the channel.",
          "Practising what to say before I needed it.");

  @Override
  public List<String> writtenAnswers(
      WorkspaceId workspace, String campaignId, SurveyRound round, String itemId) {
    return one(workspace, campaignId).isPresent() && itemId.equals("what-helped")
        ? WRITTEN
        : List.of();
  }

  static CampaignReport pilot() {
    return new CampaignReport(
        new CampaignReport.Header(
            ServedDashboard.WORKSPACE,
            "pilot",
            "Pilot",
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 12, 18),
            LocalDate.of(2026, 12, 7)),
        new CampaignReport.Participation(
            Count.of(42),
            Count.of(380),
            Count.of(211),
            Count.of(97),
            Count.of(31),
            Count.of(18),
            Count.of(3)),
        List.of(
            new CampaignReport.WeekActivity("2026-W45", Count.of(30), Count.of(61), Count.of(28)),
            new CampaignReport.WeekActivity("2026-W46", Count.of(26), Count.of(55), Count.of(2)),
            new CampaignReport.WeekActivity("2026-W47", Count.of(4), Count.of(9), Count.of(6)),
            new CampaignReport.WeekActivity("2026-W48", Count.of(22), Count.of(48), Count.of(21))),
        List.of(
            new CampaignReport.ScenarioResult(
                "meeting-interrupt",
                "Interrupted in a meeting",
                Count.of(40),
                Map.of(Verdict.STRONG, 0.55, Verdict.REASONABLE, 0.35, Verdict.RISKY, 0.10)),
            new CampaignReport.ScenarioResult("formula", RISKY_TITLE, Count.of(2), Map.of())),
        List.of(
            new CampaignReport.SensePractice(Sense.ACT, Count.of(64)),
            new CampaignReport.SensePractice(Sense.LISTEN, Count.of(41)),
            new CampaignReport.SensePractice(Sense.PRIVILEGE, Count.of(3)),
            new CampaignReport.SensePractice(Sense.SPEAK, Count.of(37)),
            new CampaignReport.SensePractice(Sense.BIAS, Count.of(29)),
            new CampaignReport.SensePractice(Sense.EMPATHY, Count.of(33))),
        new CampaignReport.CommunityActivity(
            Count.of(12), Count.of(27), Count.of(4), Optional.of(Duration.ofHours(5))),
        new SurveyResults(
            List.of(
                new SurveyResults.RoundResponses(SurveyRound.BASELINE, Count.of(40), Count.of(36))),
            List.of(
                new SurveyResults.LikertResult(
                    "say-something",
                    ITEM,
                    Optional.of(new Estimate(2.8, 2.5, 3.1, 36)),
                    Optional.of(new Estimate(3.6, 3.3, 3.9, 24)),
                    Optional.empty(),
                    Optional.of(new SurveyResults.Change(new Estimate(0.7, 0.4, 1.0, 21), true)),
                    Optional.empty()),
                new SurveyResults.LikertResult(
                    "question-process",
                    HIDDEN_ITEM,
                    Optional.of(new Estimate(3.1, 2.8, 3.4, 36)),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            new SurveyResults.AllyKpi(
                Optional.of(new Estimate(0.56, 0.40, 0.70, 36)),
                Optional.of(new Estimate(0.79, 0.60, 0.90, 24)),
                Optional.empty()),
            List.of(),
            List.of(
                new SurveyResults.TextResult(
                    "what-helped", "What helped most?", SurveyRound.FEEDBACK, Count.of(7)))),
        List.of(
            new CampaignReport.SenseThanks(Sense.ACT, Count.of(6)),
            new CampaignReport.SenseThanks(Sense.LISTEN, Count.of(2)),
            new CampaignReport.SenseThanks(Sense.PRIVILEGE, Count.of(0)),
            new CampaignReport.SenseThanks(Sense.SPEAK, Count.of(9)),
            new CampaignReport.SenseThanks(Sense.BIAS, Count.of(0)),
            new CampaignReport.SenseThanks(Sense.EMPATHY, Count.of(5))));
  }
}
