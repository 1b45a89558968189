package org.allybot.core;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The core's settings, built from the environment by the server. {@code admins} are platform user
 * ids (Slack ids, Teams AAD object ids) that are always admins.
 */
public record CoreConfig(
    Set<String> admins,
    ZoneId defaultZone,
    int retentionDays,
    String publicUrl,
    LocalTime defaultTime,
    Duration graceWindow) {
  public CoreConfig {
    admins = Set.copyOf(admins);
  }

  public static CoreConfig defaults() {
    return new CoreConfig(
        Set.of(),
        ZoneId.of("UTC"),
        730,
        "http://localhost:3000",
        LocalTime.of(9, 30),
        Duration.ofHours(6));
  }

  public String privacyUrl() {
    return publicUrl.replaceAll("/+$", "") + "/privacy";
  }
}
