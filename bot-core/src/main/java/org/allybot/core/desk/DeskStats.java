package org.allybot.core.desk;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.practice.GroupFigures;

/**
 * {@code /ally desk stats}, for admins: reports opened and closed per month (UTC) and the median
 * time to pick one up. Every figure comes from groups of 5 or more; escrow reports, still sealed,
 * are not counted at all.
 */
final class DeskStats {
  private final DeskStore store;

  DeskStats(DeskStore store) {
    this.store = store;
  }

  /** Opened and closed counts per month. */
  record Month(YearMonth month, long opened, long closed) {}

  Reply show(WorkspaceId ws, Messages say) {
    List<Report> atDesk =
        store.all(ws).stream().filter(r -> r.state() != ReportState.ESCROW).toList();
    Map<YearMonth, long[]> months = new TreeMap<>();
    for (Report r : atDesk) {
      months.computeIfAbsent(month(r.handling().openedAt()), m -> new long[2])[0]++;
      if (r.handling().closedAt() != null) {
        months.computeIfAbsent(month(r.handling().closedAt()), m -> new long[2])[1]++;
      }
    }
    List<Month> rows =
        months.entrySet().stream()
            .map(e -> new Month(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList();
    return Reply.of(DeskViews.stats(say, rows, medianPickUp(atDesk)));
  }

  private static Optional<Duration> medianPickUp(List<Report> reports) {
    List<Duration> waits =
        reports.stream()
            .filter(r -> r.handling().pickedAt() != null)
            .map(r -> Duration.between(r.handling().openedAt(), r.handling().pickedAt()))
            .sorted()
            .toList();
    if (waits.size() < GroupFigures.MIN_GROUP) {
      return Optional.empty();
    }
    int mid = waits.size() / 2;
    return Optional.of(
        waits.size() % 2 == 1
            ? waits.get(mid)
            : waits.get(mid - 1).plus(waits.get(mid)).dividedBy(2));
  }

  private static YearMonth month(java.time.Instant at) {
    return YearMonth.from(at.atZone(ZoneOffset.UTC));
  }
}
