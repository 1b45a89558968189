package org.allybot.core.campaign;

import java.util.Collection;
import java.util.Set;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Who takes part in a campaign: those who joined an optional one, and those who opted out of a
 * mandatory one (admins see only the count).
 */
public interface Enrolment {
  boolean join(UserRef user, String campaignId);

  boolean hasJoined(UserRef user, String campaignId);

  Set<String> joined(WorkspaceId workspace, String campaignId);

  /** Those of {@code userIds} who joined, in one read. */
  Set<String> joinedAmong(WorkspaceId workspace, String campaignId, Collection<String> userIds);

  void optOut(UserRef user, String campaignId);

  boolean hasOptedOut(UserRef user, String campaignId);

  /** The ids of everyone who opted out, to filter a whole audience in one read. */
  Set<String> optedOut(WorkspaceId workspace, String campaignId);

  /** Those of {@code userIds} who opted out, in one read. */
  Set<String> optedOutAmong(WorkspaceId workspace, String campaignId, Collection<String> userIds);

  long optOutCount(WorkspaceId workspace, String campaignId);

  /** How many joined an optional campaign, without listing them. */
  long joinedCount(WorkspaceId workspace, String campaignId);
}
