package org.allybot.slack.handler;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What a modal remembers in its {@code private_metadata} about where it was opened: from the home
 * tab, a command or a message (with that interaction's {@code response_url} and channel), or from a
 * shortcut; and for the quote confirmation, the text to quote.
 */
record Metadata(String origin, String responseUrl, String channel, String quote) {
  static final String HOME = "home";
  static final String COMMAND = "command";
  static final String MESSAGE = "message";
  static final String SHORTCUT = "shortcut";

  static Metadata of(String origin, String responseUrl, String channel) {
    return new Metadata(origin, nz(responseUrl), nz(channel), "");
  }

  String json() {
    JsonObject o = new JsonObject();
    o.addProperty("o", origin);
    o.addProperty("r", responseUrl);
    o.addProperty("c", channel);
    if (!quote.isEmpty()) {
      o.addProperty("q", quote);
    }
    return o.toString();
  }

  static Metadata parse(String json) {
    try {
      JsonObject o =
          JsonParser.parseString(json == null || json.isBlank() ? "{}" : json).getAsJsonObject();
      return new Metadata(get(o, "o"), get(o, "r"), get(o, "c"), get(o, "q"));
    } catch (RuntimeException e) {
      return new Metadata(SHORTCUT, "", "", "");
    }
  }

  boolean fromHome() {
    return origin.equals(HOME);
  }

  private static String get(JsonObject o, String name) {
    return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
