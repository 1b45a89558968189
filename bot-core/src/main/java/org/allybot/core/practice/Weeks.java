package org.allybot.core.practice;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** ISO week ids such as {@code 2026-W48}, used to group practice by week. */
public final class Weeks {
  private Weeks() {}

  public static String of(LocalDate day) {
    return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
