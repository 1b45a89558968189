package org.allybot.core.desk;

import static org.allybot.core.desk.ReporterMessages.ref;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.practice.GroupFigures;

/**
 * What the rota, HR and admins read, in the reader's language: the open list, one report with its
 * entries and trail, the copy HR gets, and the desk's figures.
 */
final class DeskViews {
  private DeskViews() {}

  static Message list(Messages say, List<Report> open, Instant now) {
    if (open.isEmpty()) {
      return Message.text(say.text("desk.list.none"));
    }
    String lines =
        open.stream()
            .map(r ->
                "#"
                    + r.number()
                    + " · "
                    + age(say, r.handling().openedAt(), now)
                    + " · "
                    + r.state().label(say)
                    + " · "
                    + r.draft().headline(80))
            .collect(Collectors.joining("\n"));
    String title = say.text("desk.list.title");
    return new Message(
        title,
        List.of(
            new Block.Header(title),
            new Block.Text(lines),
            new Block.Context(say.text("desk.list.context"))));
  }

  static Message show(
      Messages say, Report r, String namedReporter, List<Entry> entries, List<AuditEntry> trail) {
    ReportDraft d = r.draft();
    String n = ref(r.number());
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Header(
            say.text(
                "desk.show.header",
                "n",
                n,
                "state",
                r.state().label(say) + ReporterMessages.outcome(say, r))));
    blocks.add(new Block.Text(d.what()));
    blocks.add(
        new Block.Context(
            say.text(
                "desk.show.details",
                "when",
                or(say, d.when()),
                "where",
                or(say, d.where()),
                "who",
                or(say, d.who()),
                "affected",
                d.affected().label(say),
                "reporter",
                namedReporter.isEmpty() ? say.text("desk.show.anonymous") : namedReporter,
                "followUp",
                d.followUp(),
                "hr",
                d.hr().label(say))));
    for (Entry e : entries) {
      blocks.add(new Block.Text("*" + entryLabel(say, e) + "* " + e.text()));
    }
    String steps =
        trail.stream()
            .map(a ->
                (a.from() == null ? "" : a.from().label(say) + " → ")
                    + a.to().label(say)
                    + " ("
                    + by(say, a.by())
                    + ")")
            .collect(Collectors.joining("; "));
    blocks.add(new Block.Context(say.text("desk.show.trail", "steps", steps)));
    return new Message(say.text("desk.show.summary", "n", n), blocks);
  }

  /** The report as HR gets it: no desk notes and no trail, with a line on consent first. */
  static Message forHr(Messages say, Report r, String namedReporter, List<Entry> entries) {
    Message shown =
        show(
            say,
            r,
            namedReporter,
            entries.stream().filter(e -> e.kind() != Entry.Kind.NOTE).toList(),
            List.of());
    List<Block> blocks = new ArrayList<>();
    String n = ref(r.number());
    blocks.add(new Block.Text(say.text("desk.for-hr.text", "n", n)));
    blocks.addAll(shown.blocks().subList(0, shown.blocks().size() - 1));
    return new Message(say.text("desk.for-hr.summary", "n", n), blocks);
  }

  static Message stats(Messages say, List<DeskStats.Month> months, Optional<Duration> median) {
    String rows =
        months.isEmpty()
            ? say.text("desk.stats.none")
            : months.stream()
                .map(m ->
                    say.text(
                        "desk.stats.row",
                        "month",
                        m.month().toString(),
                        "opened",
                        count(say, m.opened()),
                        "closed",
                        count(say, m.closed())))
                .collect(Collectors.joining("\n"));
    String medianLine =
        median
            .map(d -> say.text("desk.stats.median", "hours", d.toHours()))
            .orElse(say.text("desk.stats.median-none", "min", GroupFigures.MIN_GROUP));
    String title = say.text("desk.stats.title");
    return new Message(
        title,
        List.of(
            new Block.Header(title),
            new Block.Text(rows + "\n" + medianLine),
            new Block.Context(say.text("desk.stats.context", "min", GroupFigures.MIN_GROUP))));
  }

  /** A count from a group of 5 or more, else "fewer than 5": no report can be picked out. */
  private static String count(Messages say, long n) {
    return n >= GroupFigures.MIN_GROUP
        ? say.number(n)
        : say.text("desk.stats.few", "min", GroupFigures.MIN_GROUP);
  }

  private static String entryLabel(Messages say, Entry e) {
    return switch (e.kind()) {
      case ADDITION -> say.text("desk.entry.addition");
      case ANSWER -> say.text("desk.entry.answer");
      case NOTE -> say.text("desk.entry.note", "by", by(say, e.by()));
      case QUESTION -> say.text("desk.entry.question", "by", by(say, e.by()));
    };
  }

  /** Who did a step: a rota member by mention; the reporter and Allybot by name, never by id. */
  private static String by(Messages say, String who) {
    if (who.isEmpty() || who.equals(ReportLifecycle.REPORTER)) {
      return say.text("desk.by.reporter");
    }
    return who.equals(ReportLifecycle.ALLYBOT) ? say.text("desk.by.allybot") : "<@" + who + ">";
  }

  private static String age(Messages say, Instant opened, Instant now) {
    long hours = Math.max(0, Duration.between(opened, now).toHours());
    return hours < 48
        ? say.text("desk.age.hours", "hours", hours)
        : say.text("desk.age.days", "days", hours / 24);
  }

  private static String or(Messages say, String s) {
    return s.isBlank() ? say.text("desk.show.not-said") : s;
  }
}
