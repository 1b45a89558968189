package org.allybot.core;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.allybot.core.language.Language;

/**
 * The core's settings, built from the environment by the server. {@code admins} are platform user
 * ids (Slack ids, Teams AAD object ids) that are always admins; {@code defaultLanguage} is the
 * language of members and channels nobody chose one for (ALLYBOT_DEFAULT_LANGUAGE).
 */
public record CoreConfig(
    Set<String> admins,
    ZoneId defaultZone,
    int retentionDays,
    String publicUrl,
    LocalTime defaultTime,
    Duration graceWindow,
    Language defaultLanguage) {
  public CoreConfig {
    admins = Set.copyOf(admins);
  }

  /** With English as the workspace default language. */
  public CoreConfig(
      Set<String> admins,
      ZoneId defaultZone,
      int retentionDays,
      String publicUrl,
      LocalTime defaultTime,
      Duration graceWindow) {
    this(admins, defaultZone, retentionDays, publicUrl, defaultTime, graceWindow, Language.EN);
  }

  public CoreConfig withDefaultLanguage(Language language) {
    return new CoreConfig(
        admins, defaultZone, retentionDays, publicUrl, defaultTime, graceWindow, language);
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
