package org.allybot.core.campaign;

import org.allybot.core.WorkspaceId;

/** Tells the scheduler that a campaign changed, so its triggers are rebuilt. */
public interface ScheduleSync {
  void changed(Campaign campaign);

  void removed(WorkspaceId workspace, String campaignId);

  /** For tests and the shell before the scheduler runs. */
  ScheduleSync NONE =
      new ScheduleSync() {
        @Override
        public void changed(Campaign campaign) {}

        @Override
        public void removed(WorkspaceId workspace, String campaignId) {}
      };
}
