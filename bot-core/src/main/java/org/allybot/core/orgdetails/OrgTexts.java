package org.allybot.core.orgdetails;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every user-visible text of the organisation details: the placeholders' defaults and replies. */
final class OrgTexts {
  /** What each placeholder reads as when the workspace has not set it: plain, natural words. */
  static final Map<String, String> DEFAULTS = defaults();

  static final String USAGE = "/ally admin set name|report_desk|policy_url [VALUE]";

  private OrgTexts() {}

  private static Map<String, String> defaults() {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("name", "your organisation");
    defaults.put("report_desk", "the confidential report desk");
    defaults.put("policy_url", "your organisation's policy pages");
    return defaults;
  }

  static String unknownKey(String key) {
    return "I don't know the detail `" + key + "`. Use name, report_desk or policy_url.";
  }

  static String tooLong(String key, int max) {
    return "The " + key + " can be at most " + max + " characters. Please shorten it.";
  }

  static String notALink(String value) {
    return "The policy_url must be a link starting with https:// or http://, not `" + value + "`.";
  }

  static String saved(String key, String value) {
    return "Saved. Lessons and scenarios will now say \""
        + value
        + "\" where they mean "
        + DEFAULTS.get(key)
        + ".";
  }

  static String cleared(String key) {
    return "Cleared. Lessons and scenarios will say \"" + DEFAULTS.get(key) + "\" again.";
  }

  static String current(Map<String, String> details) {
    StringBuilder text = new StringBuilder("Your organisation's details in lessons and scenarios:");
    DEFAULTS.forEach((key, fallback) -> {
      String value = details.get(key);
      text.append("\n• ")
          .append(key)
          .append(": ")
          .append(value == null ? "not set (reads \"" + fallback + "\")" : value);
    });
    return text.append("\nSet one with `").append(USAGE).append("`.").toString();
  }
}
