package org.allybot.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a scenario takes place, so the pack can reach people beyond offices. */
public enum Setting {
  OFFICE("office"),
  SOFTWARE("software"),
  RETAIL("retail"),
  HEALTHCARE("healthcare"),
  HOSPITALITY("hospitality"),
  WAREHOUSE("warehouse"),
  MANUFACTURING("manufacturing"),
  FIELD_SERVICE("field-service"),
  SCHOOL("school"),
  PUBLIC_SECTOR("public-sector"),
  SHIFT_WORK("shift-work"),
  REMOTE("remote");

  private final String id;

  Setting(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True for the settings the pack already has plenty of: offices and software teams. */
  public boolean isOffice() {
    return this == OFFICE || this == SOFTWARE;
  }

  public static Optional<Setting> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  static String known() {
    return Arrays.stream(values()).map(Setting::id).collect(Collectors.joining(", "));
  }
}
