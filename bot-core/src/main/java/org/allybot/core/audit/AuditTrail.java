package org.allybot.core.audit;

import java.time.Instant;
import java.util.List;
import org.allybot.core.WorkspaceId;

/** Who did what and when, for every admin action. */
public interface AuditTrail {
  void record(WorkspaceId workspace, String actorId, String action, String detail, Instant at);

  List<Entry> recent(WorkspaceId workspace, int limit);

  /** One admin action. */
  record Entry(String actorId, String action, String detail, Instant at) {}
}
