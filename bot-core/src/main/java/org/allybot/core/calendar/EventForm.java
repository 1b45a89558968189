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

  static Block.Form form(CalendarTexts t) {
    return new Block.Form(
        ID,
        t.text("form.title"),
        List.of(
            new Field(
                "name",
                t.label("name"),
                FieldType.SHORT_TEXT,
                true,
                EventOptions.MAX_NAME,
                List.of(),
                ""),
            new Field(
                "kind",
                t.label("kind"),
                FieldType.CHOICE,
                false,
                20,
                List.of("workshop", "meetup", "circle"),
                "workshop"),
            new Field("at", t.label("at"), FieldType.SHORT_TEXT, true, 20, List.of(), ""),
            new Field("tz", t.label("tz"), FieldType.SHORT_TEXT, false, 60, List.of(), ""),
            new Field(
                "length", t.label("length"), FieldType.SHORT_TEXT, false, 10, List.of(), "60m"),
            new Field(
                "where",
                t.label("where"),
                FieldType.SHORT_TEXT,
                false,
                EventOptions.MAX_WHERE,
                List.of(),
                ""),
            new Field(
                "audience",
                t.label("audience"),
                FieldType.SHORT_TEXT,
                false,
                500,
                List.of(),
                "all"),
            new Field(
                "facilitator",
                t.label("facilitator"),
                FieldType.SHORT_TEXT,
                false,
                100,
                List.of(),
                ""),
            new Field(
                "capacity", t.label("capacity"), FieldType.SHORT_TEXT, false, 6, List.of(), ""),
            new Field(
                "campaign", t.label("campaign"), FieldType.SHORT_TEXT, false, 80, List.of(), "")),
        t.text("form.submit"),
        t.languageTag());
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
