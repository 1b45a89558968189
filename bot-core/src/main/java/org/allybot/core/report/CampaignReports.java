package org.allybot.core.report;

import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;

/**
 * Builds a campaign's {@link CampaignReport} from the counters kept as answers arrive, so that it
 * reads a bounded number of keys however many people answered.
 */
public final class CampaignReports {
  private final CoreContext core;

  public CampaignReports(CoreContext core) {
    this.core = core;
  }

  /** The report of a stored campaign, or empty when there is no such campaign. */
  public Optional<CampaignReport> report(WorkspaceId workspace, String campaignId) {
    return core.campaigns().find(workspace, campaignId).map(this::report);
  }

  // TODO(measure): participation, polls, community and surveys are filled in by the next commits.
  public CampaignReport report(Campaign c) {
    Count none = Count.of(0);
    return new CampaignReport(
        new CampaignReport.Header(
            c.workspace(), c.id(), c.name(), c.start(), c.end(), core.today()),
        new CampaignReport.Participation(none, none, none, none, none, none, none),
        List.of(),
        List.of(),
        List.of(),
        new CampaignReport.CommunityActivity(none, none, none, Optional.empty()),
        new SurveyResults(
            List.of(),
            List.of(),
            new SurveyResults.AllyKpi(Optional.empty(), Optional.empty(), Optional.empty()),
            List.of(),
            List.of()));
  }
}
