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

/** {@code /ally campaign run NAME survey now}: the follow-up survey at once, for a short pilot. */
public final class SurveyCommands {
  static final String USAGE = "/ally campaign run NAME survey now";

  private final CampaignStore campaigns;
  private final SurveySchedule schedule;
  private final AuditTrail audit;
  private final Clock clock;

  public SurveyCommands(
      CampaignStore campaigns, SurveySchedule schedule, AuditTrail audit, Clock clock) {
    this.campaigns = campaigns;
    this.schedule = schedule;
    this.audit = audit;
    this.clock = clock;
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
    Campaign c =
        campaigns
            .find(admin.workspace(), Campaign.idOf(name))
            .orElseThrow(() ->
                new UsageException(
                    "There is no campaign called \""
                        + name
                        + "\". `/ally campaign list` shows them.",
                    USAGE));
    if (!c.surveys().followup()) {
      throw new UsageException(
          "*"
              + c.name()
              + "* doesn't send the follow-up survey. Turn it on with `/ally campaign edit "
              + c.name()
              + " --surveys baseline,followup,feedback`.",
          USAGE);
    }
    int people;
    try {
      people = schedule.sendFollowupNow(c);
    } catch (DeliveryException e) {
      throw new UsageException("I couldn't list the audience: " + e.getMessage() + ".", USAGE);
    }
    audit.record(
        admin.workspace(), admin.userId(), "campaign.run", c.name() + " survey", clock.instant());
    return Reply.text(
        people == 0
            ? "Nobody is taking part in *" + c.name() + "* yet, so no follow-up survey went out."
            : "Sending the follow-up survey of *"
                + c.name()
                + "* to "
                + people
                + " member(s) now. Those who have answered it already won't be asked again.");
  }
}
