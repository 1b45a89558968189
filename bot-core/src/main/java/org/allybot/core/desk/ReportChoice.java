package org.allybot.core.desk;

import java.util.Optional;

/**
 * The value of a reporter's yes/no button about one report ({@code 7|yes}), written and read only
 * here.
 */
record ReportChoice(int number, boolean yes) {
  String encode() {
    return number + "|" + (yes ? "yes" : "no");
  }

  static Optional<ReportChoice> parse(String value) {
    String[] parts = value.split("\\|", -1);
    if (parts.length != 2 || !parts[0].matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return switch (parts[1]) {
      case "yes" -> Optional.of(new ReportChoice(Integer.parseInt(parts[0]), true));
      case "no" -> Optional.of(new ReportChoice(Integer.parseInt(parts[0]), false));
      default -> Optional.empty();
    };
  }
}
