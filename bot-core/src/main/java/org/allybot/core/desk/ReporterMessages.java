package org.allybot.core.desk;

import java.util.List;
import java.util.stream.Collectors;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/**
 * The desk's messages to a reporter, in the reporter's language: the receipt, their list, and the
 * private questions (release from escrow, HR, the desk's own question) with their buttons.
 */
final class ReporterMessages {
  private ReporterMessages() {}

  /** A report number as text, so that no language groups its digits ("#1,204"). */
  static String ref(int n) {
    return Integer.toString(n);
  }

  static Message received(Messages say, Report r) {
    String n = ref(r.number());
    String next =
        r.state() == ReportState.ESCROW
            ? say.text("desk.received.escrow")
            : say.text(
                "desk.received.desk",
                "anonymous",
                r.draft().anonymous(),
                "followUp",
                r.draft().followUp());
    return new Message(
        say.text("desk.received.summary", "n", n),
        List.of(
            new Block.Header(say.text("desk.received.header", "n", n)),
            new Block.Text(next),
            new Block.Context(
                say.text("desk.received.context", "n", n, "hr", r.draft().hr().label(say)))));
  }

  static Message status(Messages say, List<Report> mine) {
    if (mine.isEmpty()) {
      return Message.text(say.text("desk.status.none"));
    }
    String lines =
        mine.stream()
            .map(r ->
                "#"
                    + r.number()
                    + " · "
                    + r.state().label(say)
                    + outcome(say, r)
                    + " · "
                    + r.draft().headline(60))
            .collect(Collectors.joining("\n"));
    String title = say.text("desk.status.title");
    return new Message(title, List.of(new Block.Header(title), new Block.Text(lines)));
  }

  static Message releaseQuestion(Messages say, int number) {
    String n = ref(number);
    return new Message(
        say.text("desk.release.summary", "n", n),
        List.of(
            new Block.Text(say.text("desk.release.text", "n", n)),
            new Block.Buttons(
                List.of(
                    new Button(
                        say.text("desk.release.yes"),
                        DeskCommands.RELEASE,
                        new ReportChoice(number, true).encode(),
                        Button.Style.PRIMARY),
                    Button.of(
                        say.text("desk.release.no"),
                        DeskCommands.RELEASE,
                        new ReportChoice(number, false).encode()))),
            new Block.Context(say.text("desk.release.context", "n", n))));
  }

  static Message hrQuestion(Messages say, int number) {
    String n = ref(number);
    return new Message(
        say.text("desk.hr-question.summary", "n", n),
        List.of(
            new Block.Text(say.text("desk.hr-question.text", "n", n)),
            new Block.Buttons(
                List.of(
                    new Button(
                        say.text("desk.hr-question.yes"),
                        DeskCommands.HR,
                        new ReportChoice(number, true).encode(),
                        Button.Style.PRIMARY),
                    Button.of(
                        say.text("desk.hr-question.no"),
                        DeskCommands.HR,
                        new ReportChoice(number, false).encode()))),
            new Block.Context(say.text("desk.hr-question.context", "n", n))));
  }

  static Message question(Messages say, int number, String text) {
    String n = ref(number);
    return new Message(
        say.text("desk.question.summary", "n", n),
        List.of(
            new Block.Text(say.text("desk.question.text", "n", n)),
            new Block.Text("> " + text),
            new Block.Context(say.text("desk.question.context", "n", n))));
  }

  static Message closed(Messages say, int number, Outcome how) {
    return Message.text(
        say.text("desk.closed-for-reporter", "n", ref(number), "outcome", how.label(say)));
  }

  /** " (resolved informally)" after a closed report's state; nothing while it is open. */
  static String outcome(Messages say, Report r) {
    Outcome how = r.handling().outcome();
    return how == null ? "" : " (" + how.label(say) + ")";
  }
}
