package org.allybot.slack;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that a signed body is one of the shapes Slack sends before Bolt sees it: a JSON object
 * (events), or a form with a {@code payload} (interactions) or a {@code command} (slash commands).
 * {@link InboundCheck} then checks the fields Allybot reads. Anything else is malformed. The JSON
 * itself is parsed later, by Bolt or for a poll answer by {@code PollClicks}; {@link SlackEndpoint}
 * turns a parse failure there into a 400 as well.
 */
record PayloadShape(String text, String interaction, Map<String, String> form) {
  /**
   * The body as text if well-formed, with an interaction's decoded {@code payload} and a form's
   * fields (empty for JSON); else null.
   */
  static PayloadShape check(byte[] body, String contentType) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    boolean json =
        (contentType != null && contentType.contains("json"))
            || text.stripLeading().startsWith("{");
    if (json) {
      return object(text) ? new PayloadShape(text, null, Map.of()) : null;
    }
    Map<String, String> form = form(text);
    if (form == null) {
      return null;
    }
    String payload = form.get("payload");
    if (payload != null) {
      return object(payload) ? new PayloadShape(text, payload, form) : null;
    }
    return form.containsKey("command") || form.containsKey("ssl_check")
        ? new PayloadShape(text, null, form)
        : null;
  }

  /**
   * Whether {@code body} is Slack's certificate check of a command URL ({@code ssl_check=1}, with
   * no command or payload), which Bolt, too, answers before any signature check: it runs nothing.
   */
  static boolean sslCheck(byte[] body) {
    if (body.length > 1_000) {
      return false;
    }
    Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
    return form != null
        && "1".equals(form.get("ssl_check"))
        && !form.containsKey("command")
        && !form.containsKey("payload");
  }

  private static boolean object(String json) {
    String s = json.strip();
    return s.startsWith("{") && s.endsWith("}");
  }

  private static Map<String, String> form(String text) {
    Map<String, String> fields = new HashMap<>();
    try {
      for (String pair : text.split("&")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          return null;
        }
        fields.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return fields;
  }
}
