package org.allybot.core.campaign;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/** Which weekdays bring an item, and at what local time. An empty set means never. */
public record Cadence(Set<DayOfWeek> days, LocalTime time) {
  public Cadence {
    days = Set.copyOf(days);
  }

  public boolean isEmpty() {
    return days.isEmpty();
  }
}
