package org.allybot.core.member;

import java.util.Set;
import org.allybot.core.WorkspaceId;

/** Admins added with {@code /ally admin add}, on top of the configured ones. */
public interface AdminRoster {
  boolean add(WorkspaceId workspace, String userId);

  boolean remove(WorkspaceId workspace, String userId);

  Set<String> list(WorkspaceId workspace);
}
