package org.allybot.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Reads fields of a JSON payload without trusting their types: absent and mistyped read alike. */
final class JsonFields {
  private JsonFields() {}

  /** {@code name} of an object field {@code parent}, if it is text over {@code limit}. */
  static String longerThan(JsonElement parent, String name, int limit) {
    if (!(parent instanceof JsonObject o)) {
      return null;
    }
    String text = string(o, name);
    return text != null && text.length() > limit ? name + " over " + limit + " characters" : null;
  }

  /** Whether {@code text} is within {@code limit}; an absent one fits if {@code optional}. */
  static boolean fits(String text, int limit, boolean optional) {
    return text == null ? optional : text.length() <= limit;
  }

  static boolean present(JsonObject o, String name) {
    return o.has(name) && !o.get(name).isJsonNull();
  }

  /** The {@code id} of object field {@code name}; null if absent or not text. */
  static String id(JsonObject o, String name) {
    return o.get(name) instanceof JsonObject inner ? string(inner, "id") : null;
  }

  /** A text field; null if absent or of another type. */
  static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
        ? e.getAsString()
        : null;
  }
}
