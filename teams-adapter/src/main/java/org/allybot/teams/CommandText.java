package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The words of a Teams message, as the core wants them: the bot's {@code <at>} mention removed,
 * other people's mentions as {@code @<AAD object id>}, channel mentions as {@code #<channel id>},
 * HTML markup and entities gone. {@link #command()} also drops a leading {@code ally} or {@code
 * /ally}, since commands come with or without it. A mention whose AAD object id is unknown stays
 * its name in the text and is listed in {@link #unresolved()}: its {@code 29:} account id would
 * store a recipient who can never see what was meant for them.
 */
record CommandText(String text, boolean mentionsBot, List<String> unresolved) {
  CommandText {
    unresolved = List.copyOf(unresolved);
  }

  private static final Pattern AT_TAG = Pattern.compile("(?is)</?at>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>");
  private static final Pattern TAG = Pattern.compile("<[^>]{1,500}>");
  private static final Pattern PREFIX = Pattern.compile("(?i)^/?ally\\b[:,]?\\s*");

  /**
   * Reads the message in {@code raw}; {@code botId} is the bot's account id and {@code lookup}
   * finds a mentioned person's AAD object id from their account id, when the mention does not carry
   * it (as some Teams clients send it).
   */
  static CommandText read(JsonNode raw, String botId, Function<String, Optional<String>> lookup) {
    String text = raw.path("text").asText("");
    boolean mentionsBot = false;
    List<String> unresolved = new ArrayList<>();
    for (JsonNode entity : raw.path("entities")) {
      if (!"mention".equals(entity.path("type").asText())) {
        continue;
      }
      String id = entity.path("mentioned").path("id").asText("");
      String tag = entity.path("text").asText("");
      if (id.isEmpty() || tag.isEmpty()) {
        continue;
      }
      if (id.equals(botId)) {
        mentionsBot = true;
        text = text.replace(tag, " ");
      } else if (id.startsWith("19:")) {
        text = text.replace(tag, "#" + id);
      } else {
        String carried = entity.path("mentioned").path("aadObjectId").asText("");
        Optional<String> aad = carried.isEmpty() ? lookup.apply(id) : Optional.of(carried);
        if (aad.isPresent()) {
          text = text.replace(tag, "@" + aad.get());
        } else {
          String name = entity.path("mentioned").path("name").asText("");
          unresolved.add(name.isBlank() ? clean(tag) : name.strip());
        }
      }
    }
    return new CommandText(clean(text), mentionsBot, unresolved);
  }

  /** The text without a leading {@code ally} / {@code /ally}. */
  String command() {
    return PREFIX.matcher(text).replaceFirst("").strip();
  }

  static String clean(String html) {
    String text = AT_TAG.matcher(html).replaceAll("");
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text =
        text.replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
            .replace('\u00a0', ' ');
    text = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n");
    return text.strip();
  }
}
