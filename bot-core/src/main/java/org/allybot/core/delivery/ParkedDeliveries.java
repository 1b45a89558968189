package org.allybot.core.delivery;

import java.util.List;
import org.allybot.core.WorkspaceId;

/** The deliveries of a workspace that were given up on or skipped, newest first, for admins. */
public interface ParkedDeliveries {
  int KEPT = 200;

  void park(ParkedDelivery parked);

  /** The newest {@link #KEPT} parked deliveries of the workspace, newest first. */
  List<ParkedDelivery> list(WorkspaceId workspace);
}
