package org.allybot.core.desk;

import java.time.Clock;
import java.time.Instant;
import org.allybot.core.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every change of a report's state goes through here, so the audit trail misses none. */
final class ReportLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(ReportLifecycle.class);
  static final String REPORTER = "reporter";
  static final String ALLYBOT = "allybot";

  private final DeskStore store;
  private final Clock clock;

  ReportLifecycle(DeskStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** Saves {@code next} and writes who moved it from which state to which. */
  Report save(WorkspaceId ws, Report before, Handling next, String by) {
    Report after = before.with(next);
    store.save(ws, after);
    if (before.state() != next.state()) {
      store.audit(ws, before.number(), new AuditEntry(now(), by, before.state(), next.state()));
      // The number and the states only: never who, never what.
      LOG.debug(
          "Desk report #{} in {}: {} -> {}",
          before.number(),
          ws.key(),
          before.state(),
          next.state());
    }
    return after;
  }

  Report move(WorkspaceId ws, Report report, ReportState to, String by) {
    return save(ws, report, report.handling().moved(to), by);
  }

  /** The report with nothing awaited from its reporter any more (saved). */
  Report awaitingNothing(WorkspaceId ws, Report report) {
    Report cleared = report.with(report.handling().awaiting(""));
    store.save(ws, cleared);
    return cleared;
  }

  /** A report is first saved here: the trail starts with its first state. */
  void opened(WorkspaceId ws, Report report) {
    store.save(ws, report);
    store.audit(ws, report.number(), new AuditEntry(now(), REPORTER, null, report.state()));
    LOG.debug("Desk report #{} in {}: opened {}", report.number(), ws.key(), report.state());
  }

  void note(WorkspaceId ws, int number, Entry.Kind kind, String by, String text) {
    store.append(ws, number, new Entry(kind, by, now(), text));
  }
}
