package org.allybot.core.desk;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * The desk's form and messages in one language, each at its longest (a report filled to every
 * limit, a long trail), for the adapters' render tests: the pseudo-locale's limits, the Spanish.
 */
public final class DeskSampleMessages {
  private static final Instant OPENED = Instant.parse("2026-11-02T09:00:00Z");

  private DeskSampleMessages() {}

  public static Block.Form form(Language language) {
    return DeskForm.form(Messages.in(language));
  }

  public static List<Message> all(Language language) {
    Messages say = Messages.in(language);
    Report open = report(ReportState.NEW, null);
    Report closed = report(ReportState.CLOSED, Outcome.NO_ACTION_POSSIBLE);
    List<Entry> entries =
        List.of(
            new Entry(Entry.Kind.ADDITION, "", OPENED, "It happened again on Friday."),
            new Entry(Entry.Kind.QUESTION, "U0ALLY", OPENED, "Who else was there?"),
            new Entry(Entry.Kind.ANSWER, "", OPENED, "Two teammates."),
            new Entry(Entry.Kind.NOTE, "U0ALLY", OPENED, "Talked to the team lead."));
    List<AuditEntry> trail =
        List.of(
            new AuditEntry(OPENED, ReportLifecycle.REPORTER, null, ReportState.NEW),
            new AuditEntry(OPENED, "U0ALLY", ReportState.NEW, ReportState.PICKED_UP),
            new AuditEntry(
                OPENED, "U0ALLY", ReportState.PICKED_UP, ReportState.WAITING_FOR_REPORTER),
            new AuditEntry(
                OPENED,
                ReportLifecycle.REPORTER,
                ReportState.WAITING_FOR_REPORTER,
                ReportState.PICKED_UP),
            new AuditEntry(OPENED, "U0ALLY", ReportState.PICKED_UP, ReportState.CLOSED));
    List<Message> all = new ArrayList<>();
    all.add(ReporterMessages.received(say, open));
    all.add(ReporterMessages.received(say, report(ReportState.ESCROW, null)));
    all.add(ReporterMessages.status(say, List.of(open, closed, open, closed)));
    all.add(ReporterMessages.releaseQuestion(say, 12));
    all.add(ReporterMessages.hrQuestion(say, 12));
    all.add(ReporterMessages.question(say, 12, "x".repeat(ReporterCommands.TEXT_MAX)));
    all.add(ReporterMessages.closed(say, 12, Outcome.NO_ACTION_POSSIBLE));
    all.add(DeskViews.list(say, List.of(open, closed, open), OPENED.plus(Duration.ofDays(3))));
    all.add(DeskViews.show(say, closed, "<@U0REPORTER>", entries, trail));
    all.add(DeskViews.forHr(say, closed, "", entries));
    all.add(
        DeskViews.stats(
            say,
            List.of(
                new DeskStats.Month(YearMonth.of(2026, 11), 3, 12),
                new DeskStats.Month(YearMonth.of(2026, 12), 7, 0)),
            Optional.of(Duration.ofHours(30))));
    all.add(DeskViews.stats(say, List.of(), Optional.empty()));
    return all;
  }

  private static Report report(ReportState state, Outcome outcome) {
    ReportDraft draft =
        new ReportDraft(
            "w".repeat(DeskForm.WHAT_MAX),
            "s".repeat(DeskForm.SUMMARY_MAX),
            "about last week",
            "the design review",
            "@vic",
            Affected.SOMEONE_ELSE,
            true,
            false,
            HrConsent.ASK_FIRST,
            state == ReportState.ESCROW);
    Handling handling =
        new Handling(state, OPENED, OPENED, "U0ALLY", OPENED, outcome, Awaiting.NOTHING);
    return new Report(12, draft, new Reporter("", "", false), Subject.none(), handling);
  }
}
