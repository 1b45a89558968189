package org.allybot.core.report;

import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;

/** {@code /ally campaign report NAME}: the campaign's report, privately, for an admin. */
public final class ReportCommand {
  static final String USAGE = "/ally campaign report NAME";

  private final CampaignStore campaigns;
  private final CampaignReports reports;

  public ReportCommand(CampaignStore campaigns, CampaignReports reports) {
    this.campaigns = campaigns;
    this.reports = reports;
  }

  /** The caller has already been checked to be an admin. */
  public Reply report(UserRef admin, String name) {
    if (name.isBlank()) {
      throw new UsageException("Which campaign? `/ally campaign list` shows them.", USAGE);
    }
    Campaign c =
        campaigns
            .find(admin.workspace(), Campaign.idOf(name))
            .orElseThrow(() ->
                new UsageException(
                    "There is no campaign called \""
                        + name
                        + "\". `/ally campaign list` shows them.",
                    USAGE));
    return Reply.of(ReportMessages.render(reports.report(c)));
  }
}
