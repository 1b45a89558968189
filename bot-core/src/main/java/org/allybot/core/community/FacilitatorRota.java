package org.allybot.core.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** Whose week it is: the rota turns every Monday, starting from the week it was set. */
public final class FacilitatorRota {
  private FacilitatorRota() {}

  public static Optional<String> thisWeek(CommunitySetup setup, LocalDate today) {
    if (setup.facilitators().isEmpty()) {
      return Optional.empty();
    }
    long weeks = ChronoUnit.WEEKS.between(monday(setup.rotaStart()), monday(today));
    int turn = (int) Math.floorMod(weeks, (long) setup.facilitators().size());
    return Optional.of(setup.facilitators().get(turn));
  }

  public static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
