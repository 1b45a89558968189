package org.allybot.core.store;

import org.allybot.core.WorkspaceId;

/**
 * The Redis key scheme. Every workspace's keys share the hash tag {@code {platform:id}}, so they
 * live in one cluster slot and can be found (and deleted) together by {@link #workspacePattern}.
 */
public final class Keys {
  static final String ROOT = "ally:";

  private Keys() {}

  /** A key inside one workspace's namespace, such as {@code ally:{slack:T1}:member:U1}. */
  public static String of(WorkspaceId workspace, String... parts) {
    return ROOT + "{" + workspace.key() + "}:" + String.join(":", parts);
  }

  /** A key shared by all workspaces, such as the delivery stream. */
  public static String global(String... parts) {
    return ROOT + "global:" + String.join(":", parts);
  }

  /** Matches every key of one workspace. */
  public static String workspacePattern(WorkspaceId workspace) {
    return ROOT + "{" + workspace.key() + "}:*";
  }
}
