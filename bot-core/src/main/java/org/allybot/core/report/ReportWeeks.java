package org.allybot.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.practice.TallyCounters;
import org.allybot.core.practice.Weeks;

/** A campaign's weeks, from its first to its last (or this one), each with its activity. */
final class ReportWeeks {
  /** Two years of weeks is plenty for a chart; an older start shows its latest weeks. */
  static final int MAX_WEEKS = 104;

  private ReportWeeks() {}

  static List<CampaignReport.WeekActivity> of(
      Campaign c, LocalDate today, Map<String, Long> tally) {
    LocalDate last = c.end() == null || c.end().isAfter(today) ? today : c.end();
    List<String> weeks = new ArrayList<>();
    for (LocalDate day = c.start(); !day.isAfter(last); day = day.plusWeeks(1)) {
      weeks.add(Weeks.of(day));
    }
    if (!last.isBefore(c.start()) && !weeks.contains(Weeks.of(last))) {
      weeks.add(Weeks.of(last));
    }
    List<String> shown = weeks.subList(Math.max(0, weeks.size() - MAX_WEEKS), weeks.size());
    return shown.stream()
        .map(week ->
            new CampaignReport.WeekActivity(
                week,
                count(tally, TallyCounters.ACTIVE, week),
                count(tally, TallyCounters.POLLS, week),
                count(tally, TallyCounters.LESSONS, week)))
        .toList();
  }

  private static Count count(Map<String, Long> tally, String counter, String week) {
    return Count.of(tally.getOrDefault(TallyCounters.inWeek(counter, week), 0L));
  }
}
