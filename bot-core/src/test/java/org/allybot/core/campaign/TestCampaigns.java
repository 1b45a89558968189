package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.Track;

/** Campaigns for scheduling tests: a daily lesson, optionally bounded by dates. */
final class TestCampaigns {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SLACK, "T0SCHEDULE");

  private TestCampaigns() {}

  /** Lessons every day (at each slot's time), no polls, no digest. */
  static Campaign dailyLessons(String name, LocalDate start, LocalDate end) {
    return new Campaign(
        WORKSPACE,
        name,
        new Audience.Everyone(),
        Track.everything(),
        new Cadence(EnumSet.noneOf(DayOfWeek.class), LocalTime.of(9, 0)),
        new Cadence(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0)),
        DayOfWeek.FRIDAY,
        LocalTime.of(16, 0),
        "",
        start,
        end,
        false,
        false,
        SurveyPlan.NONE);
  }

  /** The same campaign with a weekly digest posted to a channel. */
  static Campaign withDigest(Campaign c, DayOfWeek day, LocalTime time) {
    return new Campaign(
        c.workspace(),
        c.name(),
        c.audience(),
        c.track(),
        c.polls(),
        c.lessons(),
        day,
        time,
        "C0DIGEST",
        c.start(),
        c.end(),
        c.mandatory(),
        c.paused(),
        c.surveys());
  }
}
