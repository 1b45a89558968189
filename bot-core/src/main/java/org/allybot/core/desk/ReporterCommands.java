package org.allybot.core.desk;

import static org.allybot.core.desk.ReporterMessages.ref;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;

/**
 * What a reporter does with their own reports: see them, add to one, answer the desk, withdraw,
 * release one held in escrow, answer whether HR may have it. A report is theirs only when its
 * per-report check says so; anyone else is told there is no such report of theirs.
 */
final class ReporterCommands {
  /** The most a note, a question, an answer or an addition may hold. */
  static final int TEXT_MAX = 4000;

  private final DeskStore store;
  private final DeskTags tags;
  private final ReportLifecycle lifecycle;
  private final DeskNotices notices;
  private final HrHandoff hr;
  private final Clock clock;

  ReporterCommands(
      DeskStore store,
      DeskTags tags,
      ReportLifecycle lifecycle,
      DeskNotices notices,
      HrHandoff hr,
      Clock clock) {
    this.store = store;
    this.tags = tags;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.hr = hr;
    this.clock = clock;
  }

  List<Report> mine(UserRef user) {
    WorkspaceId ws = user.workspace();
    return store.all(ws).stream().filter(r -> tags.isReporter(ws, r, user.userId())).toList();
  }

  Reply status(UserRef user, Messages say) {
    return Reply.of(ReporterMessages.status(say, mine(user)));
  }

  Report mine(UserRef user, int number, String usage, Messages say) {
    return store
        .find(user.workspace(), number)
        .filter(r -> tags.isReporter(user.workspace(), r, user.userId()))
        .orElseThrow(
            () -> new UsageException(say.text("desk.not-your-report", "n", ref(number)), usage));
  }

  Reply add(UserRef user, Report report, String text, Messages say) {
    WorkspaceId ws = user.workspace();
    String usage = say.text("desk.usage.add");
    requireOpen(report, usage, say);
    requireText(text, usage, say);
    boolean answering = report.handling().awaiting() == Awaiting.ANSWER;
    lifecycle.note(
        ws, report.number(), answering ? Entry.Kind.ANSWER : Entry.Kind.ADDITION, "", text);
    if (answering && report.state() == ReportState.WAITING_FOR_REPORTER) {
      Report cleared = lifecycle.awaitingNothing(ws, report);
      lifecycle.move(ws, cleared, ReportState.PICKED_UP, ReportLifecycle.REPORTER);
    }
    String n = ref(report.number());
    if (report.state() != ReportState.ESCROW) {
      notices.toDesk(
          ws,
          report,
          today(),
          desk -> Message.text(desk.text("desk.reporter-wrote", "n", n, "answering", answering)));
    }
    return Reply.text(say.text("desk.added", "n", n, "answering", answering));
  }

  Reply withdraw(UserRef user, Report report, Messages say) {
    requireOpen(report, say.text("desk.usage.withdraw"), say);
    WorkspaceId ws = user.workspace();
    boolean wasAtDesk = report.state() != ReportState.ESCROW;
    lifecycle.save(
        ws,
        report,
        report.handling().closed(Outcome.WITHDRAWN, lifecycle.now()),
        ReportLifecycle.REPORTER);
    String n = ref(report.number());
    if (wasAtDesk) {
      notices.toDesk(
          ws, report, today(), desk -> Message.text(desk.text("desk.withdrawn-notice", "n", n)));
    }
    return Reply.text(say.text("desk.withdrawn", "n", n));
  }

  Reply release(UserRef user, Report report, boolean yes, Messages say) {
    WorkspaceId ws = user.workspace();
    String n = ref(report.number());
    if (report.state() != ReportState.ESCROW) {
      return Reply.text(say.text("desk.not-in-escrow", "n", n));
    }
    Report cleared = lifecycle.awaitingNothing(ws, report);
    if (!yes) {
      return Reply.replacing(Message.text(say.text("desk.kept-sealed", "n", n)));
    }
    Report released = lifecycle.move(ws, cleared, ReportState.NEW, ReportLifecycle.REPORTER);
    notices.toDesk(
        ws, released, today(), desk -> Message.text(desk.text("desk.new-report", "n", n)));
    return Reply.replacing(Message.text(say.text("desk.released", "n", n)));
  }

  Reply hrAnswer(UserRef user, Report report, boolean yes, Messages say) {
    WorkspaceId ws = user.workspace();
    String n = ref(report.number());
    if (report.handling().awaiting() != Awaiting.HR) {
      return Reply.text(say.text("desk.hr-not-asked", "n", n));
    }
    Report cleared = lifecycle.awaitingNothing(ws, report);
    if (yes && hr.send(ws, cleared, today(), ReportLifecycle.REPORTER)) {
      return Reply.replacing(Message.text(say.text("desk.hr-sent", "n", n)));
    }
    lifecycle.move(ws, cleared, ReportState.PICKED_UP, ReportLifecycle.REPORTER);
    notices.toDesk(
        ws,
        cleared,
        today(),
        desk -> Message.text(desk.text("desk.hr-declined-notice", "n", n, "yes", yes)));
    return Reply.replacing(Message.text(say.text("desk.hr-kept", "n", n, "yes", yes)));
  }

  /** A closed report takes nothing more, from the reporter or the desk. */
  static void requireOpen(Report report, String usage, Messages say) {
    if (report.state() == ReportState.CLOSED) {
      throw new UsageException(say.text("desk.already-closed", "n", ref(report.number())), usage);
    }
  }

  /** Text after a report's number: some, and within the limit. */
  static void requireText(String text, String usage, Messages say) {
    if (text.isBlank()) {
      throw new UsageException(say.text("desk.text-missing"), usage);
    }
    if (text.length() > TEXT_MAX) {
      throw new UsageException(DeskForm.tooLong(say, text.length(), TEXT_MAX), usage);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
