package org.allybot.core.recognition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A recipient's standing answer to "may public thanks to you be posted in the channel?". */
public enum SharingPreference {
  ALWAYS,
  ASK,
  NEVER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<SharingPreference> byId(String id) {
    return Arrays.stream(values())
        .filter(p -> p.id().equals(id.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
