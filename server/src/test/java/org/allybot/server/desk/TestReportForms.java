package org.allybot.server.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;
import org.allybot.core.message.Message;

/**
 * A stand-in for the desk's report form and its core check, with the fields, so the page
 * can be tested before (and apart from) the desk itself: it refuses a "when" that is neither a date
 * nor "about ...", and otherwise answers with a reference, recording who sent what.
 */
final class TestReportForms implements ReportForms {
  static final String FORM_ID = "desk.report";

  /** One submission as the core received it. */
  record Sent(Actor reporter, Map<String, String> values) {}

  final List<Sent> sent = new CopyOnWriteArrayList<>();
  volatile boolean available = true;

  static Block.Form reportForm() {
    return new Block.Form(
        FORM_ID,
        "Report a microaggression, confidentially",
        List.of(
            new Field("what", "What happened?", FieldType.LONG_TEXT, true, 4000, List.of(), ""),
            new Field(
                "when",
                "When? (a date, or \"about\" and roughly when)",
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                ""),
            new Field("where", "Where?", FieldType.SHORT_TEXT, false, 200, List.of(), ""),
            new Field(
                "who", "Who did it? (optional)", FieldType.SHORT_TEXT, false, 200, List.of(), ""),
            new Field(
                "affected",
                "Who was affected?",
                FieldType.CHOICE,
                true,
                40,
                List.of("me", "someone else", "both"),
                "me"),
            new Field(
                "followup", "Do you want follow-up?", FieldType.YES_NO, false, 3, List.of(), "yes"),
            new Field(
                "identity",
                "Anonymous or named?",
                FieldType.CHOICE,
                true,
                40,
                List.of("anonymous", "named"),
                "anonymous"),
            new Field(
                "hr",
                "May the desk involve HR?",
                FieldType.CHOICE,
                true,
                40,
                List.of("yes", "no", "ask me first"),
                "ask me first")),
        "Send the report");
  }

  @Override
  public Optional<Block.Form> form(Messages say) {
    return available ? Optional.of(reportForm()) : Optional.empty();
  }

  @Override
  public Reply send(Actor reporter, Block.Form form, Map<String, String> values) {
    String when = values.getOrDefault("when", "");
    if (!when.isEmpty() && !when.matches("\\d{4}-\\d{2}-\\d{2}|about .+")) {
      return Reply.formErrors(
          Map.of("when", "Write a date such as 2026-03-14, or \"about\" and roughly when."));
    }
    sent.add(new Sent(reporter, values));
    return Reply.of(
        new Message(
            "Report R-" + sent.size() + " received",
            List.of(
                new Block.Text("*Thank you.* Your reference is *R-" + sent.size() + "*."),
                new Block.Context("An ally on the desk rota picks it up within a working day."))));
  }
}
