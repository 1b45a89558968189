package org.allybot.core.campaign;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/** A group of members who share a time zone and a local delivery time. */
public record Slot(ZoneId zone, LocalTime time) {
  public Slot {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(time, "time");
  }
}
