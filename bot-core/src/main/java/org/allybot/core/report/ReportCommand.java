package org.allybot.core.report;

import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/** {@code /ally campaign report NAME}: the campaign's report, privately, for an admin. */
public final class ReportCommand {
  private final CampaignStore campaigns;
  private final CampaignReports reports;
  private final LanguageOf languageOf;

  public ReportCommand(CampaignStore campaigns, CampaignReports reports, LanguageOf languageOf) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.languageOf = languageOf;
  }

  /** The caller has already been checked to be an admin. */
  public Reply report(UserRef admin, String name) {
    Messages say = languageOf.messages(admin);
    String usage = say.text("report.usage");
    if (name.isBlank()) {
      throw new UsageException(say.text("report.which"), usage);
    }
    Campaign c =
        campaigns
            .find(admin.workspace(), Campaign.idOf(name))
            .orElseThrow(
                () -> new UsageException(say.text("campaign.unknown", "name", name), usage));
    return Reply.of(ReportMessages.render(reports.report(c), say));
  }
}
