package org.allybot.core.campaign;

import org.allybot.core.UserRef;
import org.allybot.core.member.Participation;

/** Keeps a member's enrolment in mandatory campaigns, and the schedule, in step with them. */
public final class CampaignParticipation implements Participation {
  private final CampaignStore campaigns;
  private final Enrolment enrolment;
  private final ScheduleSync schedule;

  public CampaignParticipation(
      CampaignStore campaigns, Enrolment enrolment, ScheduleSync schedule) {
    this.campaigns = campaigns;
    this.enrolment = enrolment;
    this.schedule = schedule;
  }

  @Override
  public void optedOut(UserRef user) {
    for (Campaign c : campaigns.all(user.workspace())) {
      if (c.mandatory()) {
        enrolment.optOut(user, c.id());
      }
    }
  }

  @Override
  public void optedIn(UserRef user) {
    for (Campaign c : campaigns.all(user.workspace())) {
      if (c.mandatory() && enrolment.hasOptedOut(user, c.id())) {
        enrolment.join(user, c.id());
      }
    }
  }

  @Override
  public void deliveryTimeChanged(UserRef user) {
    campaigns.all(user.workspace()).forEach(schedule::changed);
  }
}
