package org.allybot.server.dashboard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it (CRLF lines, fields with commas, quotes or line breaks quoted), with
 * text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) defused by a
 * leading apostrophe. Numbers, negative ones included, are left as they are.
 */
final class Csv {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final StringBuilder out = new StringBuilder();

  Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
    return this;
  }

  Csv row(String... cells) {
    return row(List.of(cells));
  }

  static String field(String raw) {
    String value = defused(raw == null ? "" : raw);
    if (value.indexOf(',') >= 0
        || value.indexOf('"') >= 0
        || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  static String defused(String value) {
    if (value.isEmpty() || NUMBER.matcher(value).matches()) {
      return value;
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return formula ? "'" + value : value;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
