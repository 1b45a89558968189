package org.allybot.core.desk;

import java.util.Locale;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.Mentions;

/**
 * The only place that turns people into the desk's seals and tags and back: a reporter's link is
 * bound to one report, so nothing links one person's reports together; a subject's tag is the same
 * in every report, so that escrow can match and the conflict rule can check, never reveal.
 */
public final class DeskTags {
  private final DeskSeal seal;

  public DeskTags(DeskSeal seal) {
    this.seal = seal;
  }

  private static String reporterContext(WorkspaceId ws, int number) {
    return "desk|" + ws.key() + "|reporter|" + number;
  }

  Reporter reporter(WorkspaceId ws, int number, String userId, boolean named) {
    return new Reporter(
        seal.seal(userId, reporterContext(ws, number)),
        seal.tag("reporter", ws.key(), Integer.toString(number), userId),
        named);
  }

  boolean isReporter(WorkspaceId ws, Report report, String userId) {
    return seal.matches(
        report.reporter().check(), "reporter", ws.key(), Integer.toString(report.number()), userId);
  }

  /** The reporter, to send them a private message or show a named one; never logged. */
  Optional<UserRef> reporterOf(WorkspaceId ws, Report report) {
    return seal.open(report.reporter().seal(), reporterContext(ws, report.number()))
        .map(id -> new UserRef(ws, id));
  }

  /** The person as typed in "who did it": a mention names a member, anything else a name. */
  Subject subject(WorkspaceId ws, String typed) {
    String text = typed.strip();
    if (text.isEmpty()) {
      return Subject.none();
    }
    Optional<String> id = Mentions.user(text);
    return new Subject(text, id.orElse(""), seal.tag("subject", ws.key(), identity(text, id)));
  }

  /** Whether the report names this member: the conflict rule. */
  boolean names(WorkspaceId ws, Report report, String userId) {
    return seal.matches(report.subject().tag(), "subject", ws.key(), userId);
  }

  /** Whether two reports name the same person (under whichever key each was tagged). */
  boolean sameSubject(WorkspaceId ws, Report a, Report b) {
    if (!a.subject().named() || !b.subject().named()) {
      return false;
    }
    String identity = identity(b.subject().text(), optional(b.subject().userId()));
    return seal.matches(a.subject().tag(), "subject", ws.key(), identity);
  }

  /**
   * The report with its reporter's link and its subject's tag made again under the current key:
   * what {@code allybot keys rotate} does to each report. A report whose link does not open keeps
   * it as it is, so nothing is lost.
   */
  public Report rekeyed(WorkspaceId ws, Report report) {
    Report out = report;
    String context = reporterContext(ws, report.number());
    Optional<String> reporter = seal.open(report.reporter().seal(), context);
    if (reporter.isPresent() && !currentReporter(ws, report, reporter.get())) {
      out = out.with(reporter(ws, report.number(), reporter.get(), report.reporter().named()));
    }
    if (report.subject().named()) {
      Subject now = subject(ws, report.subject().text());
      if (!now.tag().equals(report.subject().tag())) {
        out = out.with(now);
      }
    }
    return out;
  }

  private boolean currentReporter(WorkspaceId ws, Report report, String userId) {
    return seal.isCurrent(report.reporter().seal(), reporterContext(ws, report.number()))
        && report
            .reporter()
            .check()
            .equals(seal.tag("reporter", ws.key(), Integer.toString(report.number()), userId));
  }

  private static String identity(String text, Optional<String> id) {
    return id.orElseGet(() -> text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
  }

  private static Optional<String> optional(String s) {
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
