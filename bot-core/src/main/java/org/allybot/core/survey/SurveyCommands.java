package org.allybot.core.survey;

import java.time.Clock;
import java.util.List;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.audit.AuditTrail;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.command.Args;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;

/** {@code /ally campaign run NAME survey now}: the follow-up survey at once, for a short pilot. */
public final class SurveyCommands {
  static final String USAGE = "/ally campaign run NAME survey now";

  private final CampaignStore campaigns;
  private final SurveySchedule schedule;
  private final AuditTrail audit;
  private final Clock clock;
  private final LanguageOf languageOf;

  public SurveyCommands(
      CampaignStore campaigns,
      SurveySchedule schedule,
      AuditTrail audit,
      Clock clock,
      LanguageOf languageOf) {
    this.campaigns = campaigns;
    this.schedule = schedule;
    this.audit = audit;
    this.clock = clock;
    this.languageOf = languageOf;
  }

  /** {@code campaign run NAME survey now}, as opposed to {@code campaign run NAME now}. */
  public static boolean isRunSurveyNow(Args args) {
    List<String> w = args.words();
    return w.size() >= 5
        && w.get(1).equalsIgnoreCase("run")
        && w.get(w.size() - 2).equalsIgnoreCase("survey")
        && w.getLast().equalsIgnoreCase("now");
  }

  public Reply runNow(UserRef admin, Args args) {
    List<String> w = args.words();
    String name = String.join(" ", w.subList(2, w.size() - 2));
    Messages say = languageOf.messages(admin);
    Campaign c =
        campaigns
            .find(admin.workspace(), Campaign.idOf(name))
            .orElseThrow(
                () -> new UsageException(say.text("campaign.unknown", "name", name), USAGE));
    if (!c.surveys().followup()) {
      throw new UsageException(say.text("survey.run.no-followup", "name", c.name()), USAGE);
    }
    int people;
    try {
      people = schedule.sendFollowupNow(c);
    } catch (DeliveryException e) {
      throw new UsageException(say.text("survey.run.audience-failed"), USAGE);
    }
    audit.record(
        admin.workspace(), admin.userId(), "campaign.run", c.name() + " survey", clock.instant());
    return Reply.text(say.text("survey.run.sent", "name", c.name(), "people", people));
  }
}
