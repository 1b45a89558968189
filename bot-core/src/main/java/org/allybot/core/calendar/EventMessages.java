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
  static Message invitation(CalendarEvent e, ZoneId zone, String icsLink, Rsvp chosen, int place) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Header(e.name()));
    blocks.add(
        new Block.Text(
            CalendarTexts.invitation(
                e.kind().label(),
                e.name(),
                CalendarTexts.when(e.start().atZone(zone)),
                CalendarTexts.length(e.length()))));
    details(e, blocks);
    blocks.add(
        new Block.Choices(
            List.of(
                new Button(CalendarTexts.GOING, RSVP, e.id() + "|going", Button.Style.PRIMARY),
                Button.of(CalendarTexts.MAYBE, RSVP, e.id() + "|maybe"),
                Button.of(CalendarTexts.CANT, RSVP, e.id() + "|cant")),
            chosen == null
                ? ""
                : e.id() + "|" + (chosen == Rsvp.WAITLIST ? "going" : chosen.word())));
    if (chosen != null) {
      blocks.add(new Block.Context(CalendarTexts.yourAnswer(chosen, place)));
    }
    if (!icsLink.isBlank()) {
      blocks.add(new Block.Context(CalendarTexts.addToCalendar(icsLink)));
    }
    return new Message(CalendarTexts.invitationSummary(e.kind().label(), e.name()), blocks);
  }

  private static void details(CalendarEvent e, List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    if (!e.where().isBlank()) {
      lines.add(CalendarTexts.where(e.where()));
    }
    if (!e.facilitator().isBlank()) {
      lines.add(CalendarTexts.facilitatedBy(e.facilitator()));
    }
    if (e.limited()) {
      lines.add(CalendarTexts.places(e.capacity()));
    }
    if (!lines.isEmpty()) {
      blocks.add(new Block.Text(String.join("\n", lines)));
    }
  }

  static Message reminder(CalendarEvent e, ZoneId zone, boolean tomorrow) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Text(
            CalendarTexts.reminder(
                e.name(), CalendarTexts.when(e.start().atZone(zone)), tomorrow)));
    details(e, blocks);
    return new Message(CalendarTexts.reminderSummary(e.name(), tomorrow), blocks);
  }

  static Message reflectPrompt(CalendarEvent e) {
    return Message.of(
        CalendarTexts.reflectPrompt(e.name()),
        new Block.Text(CalendarTexts.reflectPrompt(e.name())),
        new Block.Buttons(
            List.of(
                new Button(CalendarTexts.REFLECT_BUTTON, REFLECT, e.id(), Button.Style.PRIMARY))));
  }

  static Block.Form reflectForm(String eventId) {
    return new Block.Form(
        REFLECT + "|" + eventId,
        CalendarTexts.REFLECT_FORM_TITLE,
        List.of(
            new Block.Field(
                "try",
                CalendarTexts.REFLECT_FIELD,
                Block.FieldType.LONG_TEXT,
                true,
                MAX_REFLECTION,
                List.of(),
                "")),
        CalendarTexts.REFLECT_SUBMIT);
  }

  static Message checkIn(CalendarEvent e, String text) {
    String v = e.id() + "|";
    return Message.of(
        CalendarTexts.checkIn(e.name(), text),
        new Block.Text(CalendarTexts.checkIn(e.name(), text)),
        new Block.Buttons(
            List.of(
                new Button(CalendarTexts.TRIED, CHECK_IN, v + "tried", Button.Style.PRIMARY),
                Button.of(CalendarTexts.NOT_YET, CHECK_IN, v + "not-yet"),
                Button.of(CalendarTexts.SKIP, CHECK_IN, v + "skip"))));
  }

  static Message attendance(CalendarEvent e, Map<String, Rsvp> answers) {
    List<String> going = with(answers, Rsvp.GOING);
    List<String> maybe = with(answers, Rsvp.MAYBE);
    return Message.of(
        CalendarTexts.attendance(e.name(), going, maybe),
        new Block.Text(CalendarTexts.attendance(e.name(), going, maybe)),
        new Block.Text(CalendarTexts.summaryPrompt()));
  }

  static List<String> with(Map<String, Rsvp> answers, Rsvp rsvp) {
    return answers.entrySet().stream()
        .filter(a -> a.getValue() == rsvp)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  static String counts(CalendarEvent e, Map<String, Rsvp> answers) {
    return CalendarTexts.answers(
        with(answers, Rsvp.GOING).size(),
        e.capacity(),
        with(answers, Rsvp.MAYBE).size(),
        with(answers, Rsvp.CANT).size(),
        with(answers, Rsvp.WAITLIST).size());
  }
}
