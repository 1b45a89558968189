package org.allybot.core.desk;

import java.time.Instant;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.DataEraser;

/**
 * Forgets a member's desk data, then lets the rest of the store forget them: the reports they sent
 * (found only by asking each report "did this member send you?") are deleted whole, and they leave
 * the rota and the HR contacts.
 */
public final class DeskEraser implements DataEraser {
  private final DataEraser rest;
  private final DeskStore store;
  private final DeskTags tags;

  public DeskEraser(DataEraser rest, DeskPorts ports) {
    this.rest = rest;
    this.store = ports.store();
    this.tags = new DeskTags(ports.seal());
  }

  @Override
  public void forget(UserRef user) {
    WorkspaceId ws = user.workspace();
    for (Report report : store.all(ws)) {
      if (tags.isReporter(ws, report, user.userId())) {
        store.delete(ws, report.number());
      }
    }
    store
        .setup(ws)
        .ifPresent(s ->
            store.saveSetup(
                ws,
                new DeskSetup(
                    s.rota().stream().filter(id -> !id.equals(user.userId())).toList(),
                    s.weekly(),
                    s.rotaStart(),
                    s.hr().stream().filter(id -> !id.equals(user.userId())).toList())));
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
