package org.allybot.core.calendar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;

/** Renders the calendar's messages: invitations, answers, reminders, the after-event prompts. */
final class EventMessages {
  static final String RSVP = "calendar.rsvp";
  static final String REFLECT = "calendar.reflect";
  static final String CHECK_IN = "calendar.checkin";
  static final int MAX_REFLECTION = 500;

  private EventMessages() {}

  /** The invitation, with the member's answer marked when they have given one. */
  static Message invitation(
      CalendarTexts t, CalendarEvent e, ZoneId zone, String icsLink, Rsvp chosen, int place) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(e.name()));
    blocks.add(
        new Block.Text(
            t.invitation(
                e.kind(), e.name(), t.when(e.start().atZone(zone)), t.length(e.length()))));
    details(t, e, blocks);
    blocks.add(
        new Block.Choices(
            List.of(
                new Button(t.text("button.going"), RSVP, e.id() + "|going", Button.Style.PRIMARY),
                Button.of(t.text("button.maybe"), RSVP, e.id() + "|maybe"),
                Button.of(t.text("button.cant"), RSVP, e.id() + "|cant")),
            chosen == null
                ? ""
                : e.id() + "|" + (chosen == Rsvp.WAITLIST ? "going" : chosen.word()),
            t.languageTag()));
    if (chosen != null) {
      blocks.add(new Block.Context(t.yourAnswer(chosen, place)));
    }
    if (!icsLink.isBlank()) {
      blocks.add(new Block.Context(t.addToCalendar(icsLink)));
    }
    return new Message(t.invitationSummary(e.kind(), e.name()), blocks);
  }

  private static void details(CalendarTexts t, CalendarEvent e, List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    if (!e.where().isBlank()) {
      lines.add(t.where(e.where()));
    }
    if (!e.facilitator().isBlank()) {
      lines.add(t.facilitatedBy(e.facilitator()));
    }
    if (e.limited()) {
      lines.add(t.places(e.capacity()));
    }
    if (!lines.isEmpty()) {
      blocks.add(new Block.Text(String.join("\n", lines)));
    }
  }

  static Message reminder(CalendarTexts t, CalendarEvent e, ZoneId zone, boolean tomorrow) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Text(t.reminder(e.name(), t.when(e.start().atZone(zone)), tomorrow)));
    details(t, e, blocks);
    return new Message(t.reminderSummary(e.name(), tomorrow), blocks);
  }

  static Message reflectPrompt(CalendarTexts t, CalendarEvent e) {
    return Message.of(
        t.reflectPrompt(e.name()),
        new Block.Text(t.reflectPrompt(e.name())),
        new Block.Buttons(
            List.of(new Button(t.text("reflect.button"), REFLECT, e.id(), Button.Style.PRIMARY))));
  }

  static Block.Form reflectForm(CalendarTexts t, String eventId) {
    return new Block.Form(
        REFLECT + "|" + eventId,
        t.text("reflect.form-title"),
        List.of(
            new Block.Field(
                "try",
                t.text("reflect.field"),
                Block.FieldType.LONG_TEXT,
                true,
                MAX_REFLECTION,
                List.of(),
                "")),
        t.text("reflect.submit"),
        t.languageTag());
  }

  static Message checkIn(CalendarTexts t, CalendarEvent e, String text) {
    String v = e.id() + "|";
    return Message.of(
        t.checkIn(e.name(), text),
        new Block.Text(t.checkIn(e.name(), text)),
        new Block.Buttons(
            List.of(
                new Button(t.text("checkin.tried"), CHECK_IN, v + "tried", Button.Style.PRIMARY),
                Button.of(t.text("checkin.not-yet"), CHECK_IN, v + "not-yet"),
                Button.of(t.text("checkin.skip"), CHECK_IN, v + "skip"))));
  }

  static Message attendance(CalendarTexts t, CalendarEvent e, Map<String, Rsvp> answers) {
    List<String> going = with(answers, Rsvp.GOING);
    List<String> maybe = with(answers, Rsvp.MAYBE);
    return Message.of(
        t.attendance(e.name(), going, maybe),
        new Block.Text(t.attendance(e.name(), going, maybe)),
        new Block.Text(t.text("summary-prompt")));
  }

  static List<String> with(Map<String, Rsvp> answers, Rsvp rsvp) {
    return answers.entrySet().stream()
        .filter(a -> a.getValue() == rsvp)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  static String counts(CalendarTexts t, CalendarEvent e, Map<String, Rsvp> answers) {
    return t.answers(
        with(answers, Rsvp.GOING).size(),
        e.capacity(),
        with(answers, Rsvp.MAYBE).size(),
        with(answers, Rsvp.CANT).size(),
        with(answers, Rsvp.WAITLIST).size());
  }
}
