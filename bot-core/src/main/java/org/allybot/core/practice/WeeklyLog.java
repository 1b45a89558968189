package org.allybot.core.practice;

import java.util.Set;
import org.allybot.core.WorkspaceId;

/** What a campaign sent and who practised, week by week, for the digest. */
public interface WeeklyLog {
  void sent(WorkspaceId workspace, String campaignId, String week, String kind, String itemId);

  void active(WorkspaceId workspace, String campaignId, String week, String userId);

  Week read(WorkspaceId workspace, String campaignId, String week);

  /** One week of a campaign. */
  record Week(Set<String> lessons, Set<String> polls, long activeMembers) {}
}
