package org.allybot.core;

import java.util.Objects;

/** A Slack team, a Teams tenant, or the local shell: the unit every key is namespaced by. */
public record WorkspaceId(Platform platform, String id) {
  public WorkspaceId {
    Objects.requireNonNull(platform, "platform");
    if (id == null || id.isBlank() || id.contains(":") || id.contains("{") || id.contains("}")) {
      throw new IllegalArgumentException("bad workspace id");
    }
  }

  /** The key fragment for this workspace, such as {@code slack:T0123}. */
  public String key() {
    return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
