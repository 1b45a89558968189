package org.allybot.server.dashboard;

import java.util.Optional;
import java.util.OptionalDouble;
import org.allybot.core.language.Messages;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.report.Count;
import org.allybot.core.report.Estimate;
import org.allybot.core.report.SurveyResults;
import org.allybot.server.dashboard.DataTable.Cell;

/**
 * The report's figures as table cells in the page's language: what a reader sees ("3,6" in
 * Spanish), and what the chart plots (a plain number in {@code data-value}).
 */
final class Cells {
  private final Messages say;

  Cells(Messages say) {
    this.say = say;
  }

  /** A count, or "fewer than 5" in the page's language. */
  static String text(Messages say, Count count) {
    return count.isShown() ? say.number(count.value().getAsLong()) : hidden(say);
  }

  static String hidden(Messages say) {
    return say.text("dashboard.fewer", "min", GroupFigures.MIN_GROUP);
  }

  String hidden() {
    return hidden(say);
  }

  Cell count(Count count) {
    return count.isShown()
        ? new Cell(text(say, count), OptionalDouble.of(count.value().getAsLong()))
        : Cell.text(hidden());
  }

  /** A mean on the 1-5 scale with its 95% interval and how many people it comes from. */
  Cell mean(Optional<Estimate> estimate) {
    return estimate
        .map(e ->
            new Cell(
                say.text(
                    "dashboard.mean",
                    "value",
                    e.value(),
                    "low",
                    e.low(),
                    "high",
                    e.high(),
                    "n",
                    e.n()),
                OptionalDouble.of(e.value())))
        .orElse(Cell.text(hidden()));
  }

  /** A share (0-1) as a percentage with its 95% interval; the chart plots the percentage. */
  Cell share(Optional<Estimate> estimate) {
    return estimate
        .map(e ->
            new Cell(
                say.text(
                    "dashboard.share",
                    "value",
                    whole(e.value()),
                    "low",
                    whole(e.low()),
                    "high",
                    whole(e.high()),
                    "n",
                    e.n()),
                OptionalDouble.of(Math.round(1000 * e.value()) / 10.0)))
        .orElse(Cell.text(hidden()));
  }

  /** A change in mean from before, never plotted: it is read beside the two means. */
  Cell change(Optional<SurveyResults.Change> change) {
    return change
        .map(c -> {
          Estimate d = c.difference();
          return Cell.text(
              say.text(
                  "dashboard.difference",
                  "sign",
                  d.value() > 0 ? "+" : "",
                  "value",
                  d.value(),
                  "low",
                  d.low(),
                  "high",
                  d.high(),
                  "paired",
                  Boolean.toString(c.paired())));
        })
        .orElse(Cell.text(hidden()));
  }

  String percent(double share) {
    return say.text("dashboard.percent", "value", whole(share));
  }

  /** A share (0-1) as a whole percentage, rounded half up. */
  private static long whole(double share) {
    return Math.round(100 * share);
  }
}
