package org.allybot.core.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command line split into words (double quotes group words) and {@code --options}. An option
 * takes the words after it up to the next option; a bare option has an empty value.
 */
public record Args(List<String> words, Map<String, String> options) {
  public static Args parse(String text) {
    List<String> words = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    String option = null;
    for (String token : tokens(text)) {
      if (token.startsWith("--") && token.length() > 2) {
        option = token.substring(2);
        options.put(option, "");
      } else if (option != null) {
        String sofar = options.get(option);
        options.put(option, sofar.isEmpty() ? token : sofar + " " + token);
      } else {
        words.add(token);
      }
    }
    return new Args(List.copyOf(words), options);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean started = false;
    for (char c : text.strip().toCharArray()) {
      if (c == '"' || c == '\u201c' || c == '\u201d') {
        quoted = !quoted;
        started = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (started) {
          tokens.add(current.toString());
          current.setLength(0);
          started = false;
        }
      } else {
        current.append(c);
        started = true;
      }
    }
    if (started) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  public String word(int index) {
    return index < words.size() ? words.get(index) : "";
  }

  /** The words from {@code index} on, joined by spaces. */
  public String rest(int index) {
    return index < words.size() ? String.join(" ", words.subList(index, words.size())) : "";
  }
}
