package org.allybot.core.calendar;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.message.Block;
import org.allybot.core.message.Block.Field;
import org.allybot.core.message.Block.FieldType;

/**
 * The "new event" form (a Slack modal, a Teams card form, prompts in the shell): the same fields as
 * {@code event create}, each checked on its own so a mistake shows beside its field.
 */
final class EventForm {
  static final String ID = "calendar.create";

  private EventForm() {}

  static Block.Form form() {
    return new Block.Form(
        ID,
        CalendarTexts.FORM_TITLE,
        List.of(
            new Field(
                "name",
                CalendarTexts.label("name"),
                FieldType.SHORT_TEXT,
                true,
                EventOptions.MAX_NAME,
                List.of(),
                ""),
            new Field(
                "kind",
                CalendarTexts.label("kind"),
                FieldType.CHOICE,
                false,
                20,
                List.of("workshop", "meetup", "circle"),
                "workshop"),
            new Field(
                "at", CalendarTexts.label("at"), FieldType.SHORT_TEXT, true, 20, List.of(), ""),
            new Field(
                "tz", CalendarTexts.label("tz"), FieldType.SHORT_TEXT, false, 60, List.of(), ""),
            new Field(
                "length",
                CalendarTexts.label("length"),
                FieldType.SHORT_TEXT,
                false,
                10,
                List.of(),
                "60m"),
            new Field(
                "where",
                CalendarTexts.label("where"),
                FieldType.SHORT_TEXT,
                false,
                EventOptions.MAX_WHERE,
                List.of(),
                ""),
            new Field(
                "audience",
                CalendarTexts.label("audience"),
                FieldType.SHORT_TEXT,
                false,
                500,
                List.of(),
                "all"),
            new Field(
                "facilitator",
                CalendarTexts.label("facilitator"),
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                ""),
            new Field(
                "capacity",
                CalendarTexts.label("capacity"),
                FieldType.SHORT_TEXT,
                false,
                6,
                List.of(),
                ""),
            new Field(
                "campaign",
                CalendarTexts.label("campaign"),
                FieldType.SHORT_TEXT,
                false,
                80,
                List.of(),
                "")),
        CalendarTexts.FORM_SUBMIT);
  }

  /** The submitted values as {@code event create} options; empty fields are left out. */
  static Map<String, String> options(Map<String, String> values) {
    Map<String, String> options = new LinkedHashMap<>();
    values.forEach((field, value) -> {
      if (!field.equals("name")
          && EventOptions.KNOWN.contains(field)
          && value != null
          && !value.isBlank()) {
        options.put(field, value.strip());
      }
    });
    return options;
  }
}
