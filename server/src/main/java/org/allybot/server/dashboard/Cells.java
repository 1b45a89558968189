package org.allybot.server.dashboard;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.report.Count;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;
import org.allybot.server.dashboard.DataTable.Cell;

/** The report's figures as table cells: what a reader sees, and what the chart plots. */
final class Cells {
  static final String HIDDEN = GroupFigures.count(0);

  private Cells() {}

  static Cell count(Count count) {
    return count.isShown()
        ? new Cell(count.text(), OptionalDouble.of(count.value().getAsLong()))
        : Cell.text(HIDDEN);
  }

  /** A mean on the 1-5 scale with its 95% interval and how many people it comes from. */
  static Cell mean(Optional<Estimate> estimate) {
    return estimate
        .map(e ->
            new Cell(
                oneDecimal(e.value()) + " (" + interval(e, false) + ")",
                OptionalDouble.of(e.value())))
        .orElse(Cell.text(HIDDEN));
  }

  /** A share (0-1) as a percentage with its 95% interval; the chart plots the percentage. */
  static Cell share(Optional<Estimate> estimate) {
    return estimate
        .map(e ->
            new Cell(
                percent(e.value()) + " (" + interval(e, true) + ")",
                OptionalDouble.of(Math.round(1000 * e.value()) / 10.0)))
        .orElse(Cell.text(HIDDEN));
  }

  /** A change in mean from before, never plotted: it is read beside the two means. */
  static Cell change(Optional<SurveyResults.Change> change) {
    return change
        .map(c -> {
          Estimate d = c.difference();
          String sign = d.value() > 0 ? "+" : "";
          return Cell.text(
              sign
                  + oneDecimal(d.value())
                  + " ("
                  + oneDecimal(d.low())
                  + " to "
                  + oneDecimal(d.high())
                  + "; "
                  + (c.paired() ? PageTexts.PAIRED : PageTexts.UNPAIRED)
                  + ")");
        })
        .orElse(Cell.text(HIDDEN));
  }

  static String percent(double share) {
    return Math.round(100 * share) + "%";
  }

  static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String interval(Estimate e, boolean asPercent) {
    String low = asPercent ? percent(e.low()) : oneDecimal(e.low());
    String high = asPercent ? percent(e.high()) : oneDecimal(e.high());
    return low + " to " + high + "; " + e.n() + " " + PageTexts.PEOPLE;
  }
}
