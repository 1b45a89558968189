package org.allybot.core.desk;

import org.allybot.core.MasterKey;

/**
 * The desk's settings, built from the environment by the server: the key sealed values may still be
 * under during a rotation ({@code ALLYBOT_SECRET_KEY_PREVIOUS}, null when none), and how many days
 * closed reports are kept ({@code ALLYBOT_DESK_RETENTION_DAYS}).
 */
public record DeskSettings(MasterKey previousKey, int retentionDays) {
  public static final int DEFAULT_RETENTION_DAYS = 365;

  public static DeskSettings defaults() {
    return new DeskSettings(null, DEFAULT_RETENTION_DAYS);
  }
}
