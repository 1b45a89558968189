package org.allybot.core.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Message;

/**
 * The desk's housekeeping, run every 15 minutes (retention daily): a report left unpicked for 24
 * hours reminds whoever is on duty, after 48 hours the admins, each once across instances and
 * without content; closed reports past the retention period are deleted whole.
 */
public final class DeskReminders {
  static final Duration ROTA_AFTER = Duration.ofHours(24);
  static final Duration ADMINS_AFTER = Duration.ofHours(48);

  /** A claim outlives any report that could still be waiting; deleting a report drops it. */
  static final Duration CLAIM_KEPT = Duration.ofDays(400);

  private final DeskStore store;
  private final DeskAccess access;
  private final DeskNotices notices;
  private final Clock clock;
  private final int retentionDays;

  public DeskReminders(CoreContext core, MemberDirectory directory) {
    DeskPorts ports = core.desk();
    DeskTags tags = new DeskTags(ports.seal());
    this.store = ports.store();
    this.access = new DeskAccess(store, tags, directory, core.admins(), core.config().admins());
    this.notices = new DeskNotices(store, tags, access, new DeskMail(core));
    this.clock = core.clock();
    this.retentionDays = ports.retentionDays();
  }

  /** Sends the reminders that are due; how many went out. */
  public int remind() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    for (WorkspaceId ws : store.workspaces()) {
      for (Report r : store.all(ws)) {
        if (r.state() != ReportState.NEW) {
          continue;
        }
        Duration waited = Duration.between(r.handling().openedAt(), now);
        if (waited.compareTo(ROTA_AFTER) >= 0
            && store.claimOnce(ws, r.number(), DeskStore.Once.ROTA_REMINDER, CLAIM_KEPT)) {
          notices.toDesk(ws, r, today, reminder(r, waited, false));
          sent++;
        }
        if (waited.compareTo(ADMINS_AFTER) >= 0
            && store.claimOnce(ws, r.number(), DeskStore.Once.ADMIN_REMINDER, CLAIM_KEPT)) {
          notices.toPeople(ws, access.eligibleAdmins(ws, r), reminder(r, waited, true));
          sent++;
        }
      }
    }
    return sent;
  }

  /** A reminder without content: the number, how long it waited, and what to do. */
  private static Function<Messages, Message> reminder(Report r, Duration waited, boolean admins) {
    return say ->
        Message.text(
            say.text(
                "desk.reminder",
                "n",
                ReporterMessages.ref(r.number()),
                "hours",
                waited.toHours(),
                "admins",
                admins));
  }

  /** Deletes closed reports older than the retention period; how many. */
  public int purgeClosed() {
    Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
    int deleted = 0;
    for (WorkspaceId ws : store.workspaces()) {
      for (Report r : store.all(ws)) {
        if (r.state() == ReportState.CLOSED && r.handling().closedAt().isBefore(cutoff)) {
          store.delete(ws, r.number());
          deleted++;
        }
      }
    }
    return deleted;
  }
}
