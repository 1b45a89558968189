package org.allybot.core.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Users grouped by workspace, each once, for reads that take many keys of one workspace in one
 * command (those keys share a cluster slot; keys of different workspaces may not).
 */
final class UsersByWorkspace {
  private UsersByWorkspace() {}

  static Map<WorkspaceId, List<UserRef>> group(Collection<UserRef> users) {
    Map<WorkspaceId, List<UserRef>> groups = new LinkedHashMap<>();
    for (UserRef user : new LinkedHashSet<>(users)) {
      groups.computeIfAbsent(user.workspace(), w -> new java.util.ArrayList<>()).add(user);
    }
    return groups;
  }
}
