package org.allybot.core.recognition;

import java.time.Instant;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.DataEraser;

/**
 * Forgets every recognition a member gave or received (with its one-time claims), then lets the
 * rest of the store forget them; their sharing preference and daily count go with the member's own
 * keys. A workspace purge drops all of recognition's keys with the workspace's.
 */
public final class RecognitionEraser implements DataEraser {
  private final DataEraser rest;
  private final RecognitionStore store;

  public RecognitionEraser(DataEraser rest, RecognitionPorts ports) {
    this.rest = rest;
    this.store = ports.store();
  }

  @Override
  public void forget(UserRef user) {
    WorkspaceId ws = user.workspace();
    for (Recognition r : store.all(ws)) {
      if (r.involves(user.userId())) {
        store.delete(ws, r.id());
      }
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
