package org.allybot.server.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A table of figures as the page shows it, beside its chart: the script draws the chart from the
 * table's {@code data-} attributes, so the figures live in one place, and a page without the script
 * still has them all. A hidden figure has no value, so the chart leaves a gap where the table says
 * "fewer than 5".
 */
record DataTable(
    String id, String caption, Chart chart, String rowTitle, List<Column> columns, List<Row> rows) {
  DataTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** How the script draws the table: a kind of chart, the unit of its values and the axis top. */
  record Chart(String kind, String unit, OptionalDouble max) {
    /** A table with no chart beside it. */
    static Chart none() {
      return new Chart("", "", OptionalDouble.empty());
    }

    static Chart line() {
      return new Chart("line", "", OptionalDouble.empty());
    }

    static Chart bars() {
      return new Chart("bar", "", OptionalDouble.empty());
    }

    static Chart bars(String unit, double max) {
      return new Chart("bar", unit, OptionalDouble.of(max));
    }
  }

  /** A column; only charted columns become a line or a set of bars. */
  record Column(String title, boolean charted) {}

  /** One row: its label, then one cell per column. */
  record Row(String label, List<Cell> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  /** What a cell shows, and the number the chart plots (none when it is hidden or not a number). */
  record Cell(String text, OptionalDouble value) {
    static Cell text(String text) {
      return new Cell(text, OptionalDouble.empty());
    }
  }

  String html() {
    StringBuilder h = new StringBuilder();
    h.append("<table id=\"").append(Html.esc(id)).append("\" class=\"figures\"");
    if (!chart.kind().isEmpty()) {
      h.append(" data-chart=\"").append(chart.kind()).append('"');
    }
    if (!chart.unit().isEmpty()) {
      h.append(" data-unit=\"").append(Html.esc(chart.unit())).append('"');
    }
    chart.max().ifPresent(m -> h.append(" data-max=\"").append(number(m)).append('"'));
    h.append(">\n<caption>").append(Html.esc(caption)).append("</caption>\n<thead><tr>");
    h.append("<th scope=\"col\">").append(Html.esc(rowTitle)).append("</th>");
    for (Column c : columns) {
      h.append("<th scope=\"col\"").append(c.charted() ? " data-series" : "").append('>');
      h.append(Html.esc(c.title())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : rows) {
      h.append("<tr><th scope=\"row\">").append(Html.esc(r.label())).append("</th>");
      for (Cell cell : r.cells()) {
        h.append("<td");
        cell.value().ifPresent(v -> h.append(" data-value=\"").append(number(v)).append('"'));
        h.append('>').append(Html.esc(cell.text())).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody>\n</table>\n").toString();
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
