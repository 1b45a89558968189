package org.allybot.core.desk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;

/**
 * Where the desk keeps its reports, their entries and audit trails, its setup, and the links from
 * private messages to reports. Implementations seal every value with the {@link DeskSeal} and put
 * no user id in a key.
 */
public interface DeskStore {
  int nextNumber(WorkspaceId ws);

  void save(WorkspaceId ws, Report report);

  Optional<Report> find(WorkspaceId ws, int number);

  /** Every report of the workspace, in number order. */
  List<Report> all(WorkspaceId ws);

  /** Deletes a report with its entries, audit trail and reminders. */
  void delete(WorkspaceId ws, int number);

  void append(WorkspaceId ws, int number, Entry entry);

  List<Entry> entries(WorkspaceId ws, int number);

  void audit(WorkspaceId ws, int number, AuditEntry entry);

  List<AuditEntry> auditTrail(WorkspaceId ws, int number);

  Optional<DeskSetup> setup(WorkspaceId ws);

  void saveSetup(WorkspaceId ws, DeskSetup setup);

  /** Remembers that the private message {@code messageId} is about report {@code number}. */
  void link(WorkspaceId ws, String messageId, int number, Duration keep);

  Optional<Integer> linked(WorkspaceId ws, String messageId);

  /** True the first time only: a reminder of {@code level} for this report is sent once. */
  boolean claimReminder(WorkspaceId ws, int number, String level, Duration keep);

  /** Workspaces that ever had a report, for the reminders and retention. */
  List<WorkspaceId> workspaces();
}
