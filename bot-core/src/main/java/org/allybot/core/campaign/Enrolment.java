package org.allybot.core.campaign;

import java.util.Set;
import org.allybot.core.UserRef;

/**
 * Who takes part in a campaign: those who joined an optional one, and those who opted out of a
 * mandatory one (admins see only the count).
 */
public interface Enrolment {
  boolean join(UserRef user, String campaignId);

  boolean hasJoined(UserRef user, String campaignId);

  Set<String> joined(org.allybot.core.WorkspaceId workspace, String campaignId);

  void optOut(UserRef user, String campaignId);

  boolean hasOptedOut(UserRef user, String campaignId);

  /** The ids of everyone who opted out, to filter a whole audience in one read. */
  Set<String> optedOut(org.allybot.core.WorkspaceId workspace, String campaignId);

  long optOutCount(org.allybot.core.WorkspaceId workspace, String campaignId);
}
