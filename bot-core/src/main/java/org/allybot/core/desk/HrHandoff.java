package org.allybot.core.desk;

import java.time.LocalDate;
import java.util.List;
import org.allybot.core.WorkspaceId;

/**
 * Passes a report privately to the HR contacts, once its reporter agreed; an HR contact the report
 * names never gets it.
 */
final class HrHandoff {
  private final DeskStore store;
  private final DeskTags tags;
  private final DeskAccess access;
  private final DeskNotices notices;
  private final ReportLifecycle lifecycle;

  HrHandoff(
      DeskStore store,
      DeskTags tags,
      DeskAccess access,
      DeskNotices notices,
      ReportLifecycle lifecycle) {
    this.store = store;
    this.tags = tags;
    this.access = access;
    this.notices = notices;
    this.lifecycle = lifecycle;
  }

  /** Sends the report to HR and moves it there; false when there is nobody to send it to. */
  boolean send(WorkspaceId ws, Report report, LocalDate today, String by) {
    List<String> hr =
        access.setup(ws, today).hr().stream().filter(id -> !tags.names(ws, report, id)).toList();
    if (hr.isEmpty()) {
      return false;
    }
    String named =
        report.reporter().named()
            ? tags.reporterOf(ws, report).map(u -> "<@" + u.userId() + ">").orElse("")
            : "";
    List<Entry> entries = store.entries(ws, report.number());
    notices.toPeople(ws, hr, theirs -> DeskViews.forHr(theirs, report, named, entries));
    lifecycle.move(ws, lifecycle.awaitingNothing(ws, report), ReportState.WITH_HR, by);
    return true;
  }
}
