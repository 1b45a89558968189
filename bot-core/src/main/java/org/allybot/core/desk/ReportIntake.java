package org.allybot.core.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Message;

/**
 * {@code /ally report}: opens the report form and, when it comes back checked, keeps the report
 * sealed, tells the desk (without content) or holds it in escrow, and tells the reporter their
 * reference and what happens next.
 */
final class ReportIntake {
  private final DeskStore store;
  private final DeskTags tags;
  private final ReportLifecycle lifecycle;
  private final DeskNotices notices;
  private final Escrow escrow;
  private final Clock clock;

  ReportIntake(
      DeskStore store,
      DeskTags tags,
      ReportLifecycle lifecycle,
      DeskNotices notices,
      Escrow escrow,
      Clock clock) {
    this.store = store;
    this.tags = tags;
    this.lifecycle = lifecycle;
    this.notices = notices;
    this.escrow = escrow;
    this.clock = clock;
  }

  Reply open(Messages say) {
    return Reply.openForm(DeskForm.form(say));
  }

  Reply submit(Actor actor, Map<String, String> values, Messages say) {
    UserRef user = actor.user();
    WorkspaceId ws = user.workspace();
    LocalDate today = LocalDate.now(clock);
    DeskForm.Result checked = DeskForm.check(values, today, say);
    if (!checked.errors().isEmpty()) {
      return Reply.formErrors(checked.errors());
    }
    ReportDraft draft = checked.draft();
    int number = store.nextNumber(ws);
    Report report =
        new Report(
            number,
            draft,
            tags.reporter(ws, number, user.userId(), !draft.anonymous()),
            tags.subject(ws, draft.who()),
            Handling.opened(
                draft.escrow() ? ReportState.ESCROW : ReportState.NEW, lifecycle.now()));
    lifecycle.opened(ws, report);
    if (report.state() == ReportState.NEW) {
      String n = ReporterMessages.ref(number);
      notices.toDesk(ws, report, today, desk -> Message.text(desk.text("desk.new-report", "n", n)));
    }
    escrow.match(ws, report);
    return Reply.of(ReporterMessages.received(say, report));
  }
}
