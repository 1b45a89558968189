package org.allybot.core.report;

import org.allybot.content.Curriculum;
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
  private final Curriculum curriculum;

  public ReportCommand(
      CampaignStore campaigns,
      CampaignReports reports,
      LanguageOf languageOf,
      Curriculum curriculum) {
    this.campaigns = campaigns;
    this.reports = reports;
    this.languageOf = languageOf;
    this.curriculum = curriculum;
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
    CampaignReport local = LocalReport.in(reports.report(c), curriculum, say.language());
    return Reply.of(ReportMessages.render(local, say));
  }
}
