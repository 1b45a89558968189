package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.Track;

/**
 * A programme an admin runs: who it reaches, what it teaches, when it sends, which surveys it asks.
 * {@code digestChannel} may be empty (no digest); {@code end} may be null (open-ended); a campaign
 * stored before surveys existed reads with every survey on.
 */
public record Campaign(
    WorkspaceId workspace,
    String name,
    Audience audience,
    Track track,
    Cadence polls,
    Cadence lessons,
    DayOfWeek digestDay,
    LocalTime digestTime,
    String digestChannel,
    LocalDate start,
    LocalDate end,
    boolean mandatory,
    boolean paused,
    SurveyPlan surveys) {
  public Campaign {
    surveys = surveys == null ? SurveyPlan.ALL : surveys;
  }

  /** The key-safe form of the name: lower case, words joined by '-'. */
  public String id() {
    return idOf(name);
  }

  public static String idOf(String name) {
    return name.strip()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  public boolean runsOn(LocalDate day) {
    return !paused && !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  public boolean hasDigest() {
    return !digestChannel.isBlank();
  }

  public Campaign withPaused(boolean value) {
    return new Campaign(
        workspace,
        name,
        audience,
        track,
        polls,
        lessons,
        digestDay,
        digestTime,
        digestChannel,
        start,
        end,
        mandatory,
        value,
        surveys);
  }

  public Campaign withSurveys(SurveyPlan plan) {
    return new Campaign(
        workspace,
        name,
        audience,
        track,
        polls,
        lessons,
        digestDay,
        digestTime,
        digestChannel,
        start,
        end,
        mandatory,
        paused,
        plan);
  }
}
