package org.allybot.core.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.allybot.core.command.UsageException;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.practice.GroupFigures;

/** Every word the report desk says, kept together so that a move into message bundles is easy. */
public final class DeskTexts {
  static final int TEXT_MAX = 4000;

  static final String FIELD_WHAT = "What happened? (no one else sees this but the desk)";
  static final String FIELD_SUMMARY = "A one-line summary for the desk's list (optional)";
  static final String FIELD_WHEN = "When? A date (2026-11-20) or \"about last week\"";
  static final String FIELD_WHERE = "Where? (a meeting, a channel, the office…)";
  static final String FIELD_WHO = "Who did it? (optional: @mention them or write a name)";
  static final String FIELD_AFFECTED = "Who was affected?";
  static final String FIELD_FOLLOW_UP = "Would you like the desk to follow up with you?";
  static final String FIELD_ANONYMOUS = "Stay anonymous to the desk?";
  static final String FIELD_HR = "May the desk involve HR?";
  static final String FIELD_ESCROW =
      "Only act on this if someone else reports the same person (escrow)?";

  static final String REPORT_USAGE =
      "/ally report [status | add N TEXT | reply N TEXT | withdraw N | release N | keep N | hr N"
          + " yes|no]";
  static final String ADD_USAGE = "/ally report add N TEXT";
  static final String WITHDRAW_USAGE = "/ally report withdraw N";
  static final String RELEASE_USAGE = "/ally report release N";
  static final String REPORTER_HR_USAGE = "/ally report hr N yes|no";
  static final String DESK_USAGE =
      "/ally desk [show N | pick N | note N TEXT | ask N TEXT | hr N | close N OUTCOME | rota @a"
          + " @b [weekly] | hr @x | setup | stats]";
  static final String SHOW_USAGE = "/ally desk show N";
  static final String PICK_USAGE = "/ally desk pick N";
  static final String NOTE_USAGE = "/ally desk note N TEXT";
  static final String ASK_USAGE = "/ally desk ask N TEXT";
  static final String HR_USAGE = "/ally desk hr N";
  static final String CLOSE_USAGE = "/ally desk close N resolved|action|no-action|withdrawn";
  static final String ROTA_USAGE = "/ally desk rota @a @b @c [weekly]";
  static final String HR_CONTACTS_USAGE = "/ally desk hr @x [@y]";

  private DeskTexts() {}

  /** The lines the help shows for the desk. */
  public static List<String> help(boolean admin) {
    List<String> lines = new ArrayList<>();
    lines.add("`/ally report`: report a microaggression confidentially; `/ally report status`");
    lines.add("`/ally report add|withdraw N`: add to your report, or withdraw it");
    lines.add(
        "`/ally desk`: the report desk, for allies on its rota (`desk show|pick|note|ask|hr|close N`)");
    if (admin) {
      lines.add(
          "`/ally desk rota @a @b [weekly]`, `/ally desk hr @x`: who runs the desk, who is HR;"
              + " `/ally desk setup`, `/ally desk stats` (groups of 5 or more)");
    }
    return lines;
  }

  // Form checks.

  static String whatMissing() {
    return "Tell the desk what happened: a few sentences are enough.";
  }

  static String summaryOneLine() {
    return "Keep the summary to one line.";
  }

  static String tooLong(int length, int max) {
    return "That's " + length + " characters; the limit is " + max + ". Please shorten it.";
  }

  static String dateInFuture() {
    return "That date is in the future. Give the day it happened, or write \"about …\".";
  }

  static String notADate(String when) {
    return "\""
        + when
        + "\" is not a date. Write it as 2026-11-20, or in words (\"about a week ago\").";
  }

  static String affectedChoice() {
    return "Choose me, someone else, or both.";
  }

  static String hrChoice() {
    return "Choose yes, no, or ask me first.";
  }

  static String escrowNeedsWho() {
    return "Escrow waits for another report about the same person, so say who it was.";
  }

  static String yesOrNo() {
    return "Answer yes or no.";
  }

  // The reporter's side.

  static Message received(Report r) {
    String n = Integer.toString(r.number());
    String next =
        r.state() == ReportState.ESCROW
            ? "It is held in escrow: sealed, and not shown to the desk. If someone else ever reports"
                + " the same person, I'll ask you privately whether to release it. Nobody will"
                + " learn who else reported."
            : "The allies on the desk rota can now read it"
                + (r.draft().anonymous() ? ", without your name" : ", with your name")
                + ". One of them will pick it up, usually within a day"
                + (r.draft().followUp() ? ", and may ask you questions here, privately." : ".");
    return new Message(
        "Your report is #" + n,
        List.of(
            new Block.Header("Report received: #" + n),
            new Block.Text("Thank you for telling us. " + next),
            new Block.Context(
                "HR is involved only as you chose ("
                    + r.draft().hr().label()
                    + ")."
                    + " Add to it: `/ally report add "
                    + n
                    + " TEXT` · Withdraw: `/ally report"
                    + " withdraw "
                    + n
                    + "` · Your reports: `/ally report status`")));
  }

  static Message status(List<Report> mine) {
    if (mine.isEmpty()) {
      return Message.text("You have no reports. `/ally report` opens the form.");
    }
    String lines =
        mine.stream()
            .map(r ->
                "#"
                    + r.number()
                    + " · "
                    + r.state().label()
                    + outcome(r)
                    + " · "
                    + r.draft().headline(60))
            .collect(Collectors.joining("\n"));
    return new Message(
        "Your reports", List.of(new Block.Header("Your reports"), new Block.Text(lines)));
  }

  static String notYourReport(int n) {
    return "You have no report #" + n + ". `/ally report status` lists yours.";
  }

  static String alreadyClosed(int n) {
    return "Report #"
        + n
        + " is closed. If something new happened, `/ally report` starts a new one.";
  }

  static void requireText(String text, String usage) {
    if (text.isBlank()) {
      throw new UsageException("Add the text after the number.", usage);
    }
    if (text.length() > TEXT_MAX) {
      throw new UsageException(tooLong(text.length(), TEXT_MAX), usage);
    }
  }

  static String added(int n, boolean answering) {
    return answering
        ? "Your answer is with the desk (report #" + n + "). Thank you."
        : "Added to your report #" + n + ".";
  }

  static String withdrawn(int n) {
    return "Report #"
        + n
        + " is withdrawn and closed. The desk keeps no more than the fact that it"
        + " was withdrawn until it is deleted.";
  }

  static String notInEscrow(int n) {
    return "Report #" + n + " is not held in escrow, so there is nothing to release.";
  }

  static Message releaseQuestion(int n) {
    String v = Integer.toString(n);
    return new Message(
        "About your report #" + n,
        List.of(
            new Block.Text(
                "Someone else has reported the same person as your escrow report #"
                    + n
                    + "."
                    + " I can't tell you who, and I won't tell them about you. Would you like to"
                    + " release your report to the desk now?"),
            new Block.Buttons(
                List.of(
                    new Button(
                        "Release it",
                        DeskCommands.RELEASE,
                        new ReportChoice(n, true).encode(),
                        Button.Style.PRIMARY),
                    Button.of(
                        "Keep it sealed",
                        DeskCommands.RELEASE,
                        new ReportChoice(n, false).encode()))),
            new Block.Context(
                "Or `/ally report release " + v + "` / `/ally report keep " + v + "`.")));
  }

  static Message keptSealed(int n) {
    return Message.text(
        "Report #"
            + n
            + " stays sealed in escrow. Release it any time with `/ally report release "
            + n
            + "`.");
  }

  static Message released(int n) {
    return Message.text("Report #" + n + " is released to the desk. Thank you.");
  }

  static String hrNotAsked(int n) {
    return "The desk hasn't asked about HR for report #" + n + ", so there is nothing to answer.";
  }

  static Message hrQuestion(int n) {
    return new Message(
        "About your report #" + n,
        List.of(
            new Block.Text(
                "The desk would like to pass your report #"
                    + n
                    + " to HR. It goes only if you"
                    + " say yes."),
            new Block.Buttons(
                List.of(
                    new Button(
                        "Yes, involve HR",
                        DeskCommands.HR,
                        new ReportChoice(n, true).encode(),
                        Button.Style.PRIMARY),
                    Button.of("No", DeskCommands.HR, new ReportChoice(n, false).encode()))),
            new Block.Context("Or `/ally report hr " + n + " yes` / `no`.")));
  }

  static Message hrSent(int n) {
    return Message.text("Report #" + n + " is now with HR, as you agreed.");
  }

  static Message hrKept(int n, boolean yes) {
    return Message.text(
        yes
            ? "There are no HR contacts to send report #" + n + " to yet; the desk knows."
            : "Report #" + n + " stays with the desk only; HR will not see it.");
  }

  static Message question(int n, String text) {
    return new Message(
        "The desk asks about your report #" + n,
        List.of(
            new Block.Text("The desk asks about your report #" + n + ":"),
            new Block.Text("> " + text),
            new Block.Context(
                "Reply to this message, or `/ally report reply "
                    + n
                    + " TEXT`. Your name stays"
                    + " as you chose it.")));
  }

  static Message closedForReporter(int n, Outcome how) {
    return Message.text(
        "The desk closed your report #" + n + ": " + how.label() + ". Thank you for speaking up.");
  }

  // The desk's side.

  static String notOnDesk() {
    return "The report desk is only for the allies on its rota. To report something yourself,"
        + " use `/ally report`.";
  }

  static String noSuchReport(int n) {
    return "There is no report #" + n + " for you at the desk. `/ally desk` lists the open ones.";
  }

  static Message newReport(int n) {
    return Message.text(
        "A new report (#" + n + ") is waiting at the desk. `/ally desk show " + n + "` opens it.");
  }

  static Message reminder(int n, long hours, boolean admins) {
    return Message.text(
        "Report #"
            + n
            + " has waited "
            + hours
            + " hours without being picked up."
            + (admins
                ? " Please make sure someone on the desk rota takes it."
                : " `/ally desk pick " + n + "` takes it."));
  }

  static Message reporterWrote(int n, boolean answering) {
    return Message.text(
        "The reporter "
            + (answering ? "answered" : "added to")
            + " report #"
            + n
            + ". `/ally desk show "
            + n
            + "` reads it.");
  }

  static Message withdrawnNotice(int n) {
    return Message.text("Report #" + n + " was withdrawn by its reporter and is closed.");
  }

  static Message hrDeclinedNotice(int n, boolean yes) {
    return Message.text(
        yes
            ? "Report #"
                + n
                + ": the reporter agreed to HR, but there are no HR contacts. An admin"
                + " can name them with `/ally desk hr @x`."
            : "Report #" + n + ": the reporter said no to HR. It stays with the desk.");
  }

  static Message list(List<Report> open, Instant now) {
    if (open.isEmpty()) {
      return Message.text("No open reports at the desk.");
    }
    String lines =
        open.stream()
            .map(r ->
                "#"
                    + r.number()
                    + " · "
                    + age(r.handling().openedAt(), now)
                    + " · "
                    + r.state().label()
                    + " · "
                    + r.draft().headline(80))
            .collect(Collectors.joining("\n"));
    return new Message(
        "Open reports",
        List.of(
            new Block.Header("Open reports"),
            new Block.Text(lines),
            new Block.Context(
                "`/ally desk show N` · `pick N` · `note N TEXT` · `ask N TEXT` · `hr N` · `close N OUTCOME`")));
  }

  static Message show(Report r, String namedReporter, List<Entry> entries, List<AuditEntry> trail) {
    ReportDraft d = r.draft();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header("Report #" + r.number() + " · " + r.state().label() + outcome(r)));
    blocks.add(new Block.Text(d.what()));
    blocks.add(
        new Block.Context(
            "When: "
                + or(d.when())
                + " · Where: "
                + or(d.where())
                + " · Who did it: "
                + or(d.who())
                + " · Affected: "
                + d.affected().label()
                + " · Reporter: "
                + (namedReporter.isEmpty() ? "anonymous" : namedReporter)
                + " · Follow-up: "
                + (d.followUp() ? "yes" : "no")
                + " · HR: "
                + d.hr().label()));
    for (Entry e : entries) {
      blocks.add(new Block.Text("*" + entryLabel(e) + "* " + e.text()));
    }
    blocks.add(
        new Block.Context(
            "Trail: "
                + trail.stream()
                    .map(a ->
                        (a.from() == null ? "" : a.from().label() + " → ")
                            + a.to().label()
                            + " ("
                            + by(a.by())
                            + ")")
                    .collect(Collectors.joining("; "))));
    return new Message("Report #" + r.number(), blocks);
  }

  static Message forHr(Report r, String namedReporter, List<Entry> entries) {
    Message shown =
        show(
            r,
            namedReporter,
            entries.stream().filter(e -> e.kind() != Entry.Kind.NOTE).toList(),
            List.of());
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Text(
            "The report desk passes you report #"
                + r.number()
                + ", with the reporter's consent. Please keep it confidential."));
    blocks.addAll(shown.blocks().subList(0, shown.blocks().size() - 1));
    return new Message("Report #" + r.number() + " for HR", blocks);
  }

  static String alreadyPicked(int n, ReportState state) {
    return "Report #" + n + " is already " + state.label() + ".";
  }

  static String picked(int n) {
    return "You picked up report #"
        + n
        + ". `/ally desk ask "
        + n
        + " TEXT` asks the reporter, privately.";
  }

  static String noted(int n) {
    return "Noted on report #" + n + ". Only the desk rota sees notes.";
  }

  static String asked(int n) {
    return "Your question went to the reporter of #" + n + ". I'll tell you when they answer.";
  }

  static String noFollowUpWanted(int n) {
    return "The reporter of #" + n + " asked not to be followed up, so I won't send questions.";
  }

  static String reporterUnreachable(int n) {
    return "I couldn't reach the reporter of #" + n + " just now. Please try again later.";
  }

  static String alreadyWithHr(int n) {
    return "Report #" + n + " is already with HR.";
  }

  static String noHrContacts() {
    return "There are no HR contacts yet. An admin can name them with `/ally desk hr @x`.";
  }

  static String hrRefused(int n) {
    return "The reporter of #"
        + n
        + " said no to involving HR, so it stays with the desk. You can"
        + " still help informally, or close it.";
  }

  static String sentToHr(int n) {
    return "Report #" + n + " went to the HR contacts privately, as the reporter agreed.";
  }

  static String hrAsked(int n) {
    return "The reporter of #"
        + n
        + " asked to be asked first. I've asked them; it goes to HR only"
        + " if they say yes.";
  }

  static String unknownOutcome(String raw) {
    return (raw.isBlank() ? "Say how it ended." : "I don't know the outcome `" + cut(raw) + "`.")
        + " Choose resolved, action, no-action or withdrawn.";
  }

  static String closed(int n, Outcome how) {
    return "Report #" + n + " is closed: " + how.label() + ".";
  }

  // Admin settings and errors.

  static Message stats(List<DeskStats.Month> months, java.util.Optional<Duration> medianPickUp) {
    String rows =
        months.isEmpty()
            ? "No reports yet."
            : months.stream()
                .map(m ->
                    m.month()
                        + ": opened "
                        + GroupFigures.count(m.opened())
                        + ", closed "
                        + GroupFigures.count(m.closed()))
                .collect(Collectors.joining("\n"));
    String median =
        medianPickUp
            .map(d -> "Median time to pick up: " + d.toHours() + " h")
            .orElse("Median time to pick up: not enough reports yet (it needs 5 picked up)");
    return new Message(
        "Report desk figures",
        List.of(
            new Block.Header("Report desk figures"),
            new Block.Text(rows + "\n" + median),
            new Block.Context(
                "Counts below 5 are not shown, so no report can be picked out. Nothing else about"
                    + " reports is ever shown outside the desk.")));
  }

  static String rotaSet(List<String> members, boolean weekly) {
    return "The desk rota is now "
        + mentions(members)
        + (weekly ? ", taking turns weekly." : ", all together.")
        + " Anyone no longer on it has lost access to the desk.";
  }

  static String hrSet(List<String> contacts) {
    return "HR contacts: "
        + mentions(contacts)
        + ". Reports reach them only by the reporter's consent.";
  }

  static String setup(DeskSetup s) {
    return "Desk rota: "
        + (s.rota().isEmpty() ? "nobody yet" : mentions(s.rota()))
        + (s.weekly() ? " (weekly)" : "")
        + " · HR contacts: "
        + (s.hr().isEmpty() ? "none yet" : mentions(s.hr()));
  }

  static String namePeople() {
    return "Name at least one person.";
  }

  static String notAMention(String word) {
    return "`" + cut(word) + "` is not a mention. Mention people as @name.";
  }

  static String needNumber(String raw) {
    return raw.isEmpty()
        ? "Give the report's number."
        : "`" + cut(raw) + "` is not a report number.";
  }

  static String unknown(String what) {
    return "I don't know `" + cut(what) + "`.";
  }

  static String adminsOnly() {
    return "Only Allybot admins can change the desk's rota and HR contacts.";
  }

  static String formGone() {
    return "That form is not available any more.";
  }

  static String buttonGone() {
    return "That button is no longer active.";
  }

  /** What forget-me will do to the member's reports, when they have any. */
  public static String forgetWarning(int reports) {
    return "It also deletes your "
        + reports
        + " report(s) to the report desk, with everything the"
        + " desk wrote about them: the desk can no longer follow up, and an open case ends.";
  }

  private static String outcome(Report r) {
    return r.handling().outcome() == null ? "" : " (" + r.handling().outcome().label() + ")";
  }

  private static String entryLabel(Entry e) {
    return switch (e.kind()) {
      case ADDITION -> "Reporter added:";
      case ANSWER -> "Reporter answered:";
      case NOTE -> "Note (" + by(e.by()) + "):";
      case QUESTION -> "Asked (" + by(e.by()) + "):";
    };
  }

  private static String by(String who) {
    return who.isEmpty()
            || who.equals(ReportLifecycle.REPORTER)
            || who.equals(ReportLifecycle.ALLYBOT)
        ? (who.isEmpty() ? "reporter" : who)
        : "<@" + who + ">";
  }

  private static String age(Instant opened, Instant now) {
    long hours = Math.max(0, Duration.between(opened, now).toHours());
    return hours < 48 ? hours + " h" : hours / 24 + " days";
  }

  private static String or(String s) {
    return s.isBlank() ? "not said" : s;
  }

  private static String mentions(List<String> ids) {
    return ids.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "));
  }

  private static String cut(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
