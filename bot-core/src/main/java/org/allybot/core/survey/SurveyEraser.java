package org.allybot.core.survey;

import java.time.Instant;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.member.DataEraser;

/**
 * Forgets a member's survey answers, found by deriving their pseudonym again for each campaign of
 * the workspace (nothing stored links the two), then lets the rest of the store forget them.
 */
public final class SurveyEraser implements DataEraser {
  private final DataEraser rest;
  private final CampaignStore campaigns;
  private final SurveyPorts ports;

  public SurveyEraser(DataEraser rest, CampaignStore campaigns, SurveyPorts ports) {
    this.rest = rest;
    this.campaigns = campaigns;
    this.ports = ports;
  }

  @Override
  public void forget(UserRef user) {
    for (Campaign c : campaigns.all(user.workspace())) {
      ports.answers().forget(user.workspace(), c.id(), ports.pseudonym().of(user, c.id()));
    }
    rest.forget(user);
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    rest.deleteWorkspace(workspace);
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return rest.purgeBefore(cutoff);
  }
}
