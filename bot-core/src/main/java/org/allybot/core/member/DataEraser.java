package org.allybot.core.member;

import java.time.Instant;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/** Deletes data: one member's ("forget me"), a whole workspace's, and answers past retention. */
public interface DataEraser {
  void forget(UserRef user);

  void deleteWorkspace(WorkspaceId workspace);

  /**
   * Deletes poll answers, lesson responses and recognitions recorded before {@code cutoff},
   * everywhere.
   */
  int purgeBefore(Instant cutoff);
}
