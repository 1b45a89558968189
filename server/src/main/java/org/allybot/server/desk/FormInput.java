package org.allybot.server.desk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;

/**
 * What a browser sent for a form, read field by field against the form itself (anything else sent
 * is ignored), with the mistakes the page can tell without the core: a missing answer, text over
 * its limit, a choice that is not one of the options. The values are kept as typed either way.
 */
record FormInput(Map<String, String> values, Map<String, String> errors) {
  /** The hidden field that carries the link's token. */
  static final String TOKEN = "_token";

  /** The hidden field that carries the page's check value (the cookie's twin). */
  static final String CSRF = "_csrf";

  FormInput {
    values = Map.copyOf(values);
    errors = Map.copyOf(errors);
  }

  /** A fresh form: each field's default, no mistakes. */
  static FormInput initial(Block.Form form) {
    Map<String, String> values = new HashMap<>();
    form.fields().forEach(f -> values.put(f.id(), f.initial() == null ? "" : f.initial()));
    return new FormInput(values, Map.of());
  }

  /** The form's fields as {@code posted} gives them ({@code ""} when a field was not sent). */
  static FormInput read(Block.Form form, Function<String, String> posted, Messages say) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> errors = new HashMap<>();
    for (Block.Field field : form.fields()) {
      String sent = posted.apply(name(field));
      // Browsers send a textarea's line breaks as CRLF but count them as one character
      // against maxlength; counting them as one here too keeps the two limits the same.
      String value = sent == null ? "" : sent.replace("\r\n", "\n");
      values.put(field.id(), value);
      String error = mistake(field, value, say);
      if (error != null) {
        errors.put(field.id(), error);
      }
    }
    return new FormInput(values, errors);
  }

  /** The same values with the core's mistakes shown instead of the page's own. */
  FormInput withErrors(Map<String, String> found) {
    return new FormInput(values, found);
  }

  String value(Block.Field field) {
    return values.getOrDefault(field.id(), "");
  }

  /** The options a choice offers, as value and label (yes and no in the page's language). */
  static List<String[]> options(Block.Field field, Messages say) {
    if (field.type() == Block.FieldType.YES_NO) {
      return List.of(
          new String[] {"yes", say.text("form.yes")}, new String[] {"no", say.text("form.no")});
    }
    return field.choices().stream().map(c -> new String[] {c, c}).toList();
  }

  /** A field's name in the HTML form: prefixed, so no field can pose as the hidden ones. */
  static String name(Block.Field field) {
    return "f-" + field.id();
  }

  private static String mistake(Block.Field field, String value, Messages say) {
    if (value.isBlank()) {
      return field.required() ? say.text("pages.desk.required") : null;
    }
    return switch (field.type()) {
      case SHORT_TEXT, LONG_TEXT, PERSON ->
          field.maxLength() > 0 && value.length() > field.maxLength()
              ? say.text(
                  "pages.desk.too-long", "length", value.length(), "limit", field.maxLength())
              : null;
      case CHOICE, YES_NO ->
          options(field, say).stream().anyMatch(o -> o[0].equals(value))
              ? null
              : say.text("pages.desk.not-a-choice");
    };
  }
}
