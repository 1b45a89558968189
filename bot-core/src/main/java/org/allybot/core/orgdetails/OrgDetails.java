package org.allybot.core.orgdetails;

import java.util.Map;
import org.allybot.core.WorkspaceId;

/** A workspace's own details that fill the {@code {org.*}} placeholders of the content. */
public interface OrgDetails {
  /** Every detail set for the workspace, by key ({@code name}, {@code report_desk}, ...). */
  Map<String, String> all(WorkspaceId workspace);

  void set(WorkspaceId workspace, String key, String value);

  void clear(WorkspaceId workspace, String key);
}
