package org.allybot.server.dashboard;

import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Language;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.report.CampaignReports;
import org.allybot.core.report.LocalReport;
import org.allybot.core.survey.SurveyRound;

/**
 * Where the dashboard gets its figures: the core's campaign reports, with small groups already
 * hidden in them. An interface so that a test can show the pages a report with known figures.
 */
interface ReportSource {
  /** The report of every campaign of the workspace, by name. */
  List<CampaignReport> all(WorkspaceId workspace);

  /** One campaign's report; empty when the workspace has no such campaign. */
  Optional<CampaignReport> one(WorkspaceId workspace, String campaignId);

  /**
   * The words of a free-text item's answers in one round: from at least 5 answers only, in random
   * order, without dates or pseudonyms; empty otherwise.
   */
  List<String> writtenAnswers(
      WorkspaceId workspace, String campaignId, SurveyRound round, String itemId);

  /** The report with the pack's words (titles, prompts, choices) in {@code language}. */
  default CampaignReport in(CampaignReport report, Language language) {
    return report;
  }

  /** The reports the bot itself builds, from the counters kept as answers arrive. */
  static ReportSource of(CoreContext core) {
    CampaignReports reports = new CampaignReports(core);
    return new ReportSource() {
      @Override
      public List<CampaignReport> all(WorkspaceId workspace) {
        return core.campaigns().all(workspace).stream()
            .sorted(
                java.util.Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
            .map(reports::report)
            .toList();
      }

      @Override
      public Optional<CampaignReport> one(WorkspaceId workspace, String campaignId) {
        return reports.report(workspace, campaignId);
      }

      @Override
      public List<String> writtenAnswers(
          WorkspaceId workspace, String campaignId, SurveyRound round, String itemId) {
        return core.campaigns()
            .find(workspace, campaignId)
            .map(c -> reports.freeTexts(c, round, itemId))
            .orElse(List.of());
      }

      @Override
      public CampaignReport in(CampaignReport report, Language language) {
        return LocalReport.in(report, core.curriculum(), language);
      }
    };
  }
}
