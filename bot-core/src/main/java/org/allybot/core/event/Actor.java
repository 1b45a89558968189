package org.allybot.core.event;

import org.allybot.core.UserRef;

/**
 * Who did something, as the platform told us: the user, a display name (never logged), whether the
 * platform itself calls them an admin, their IANA time zone if known (empty otherwise), and the
 * locale their platform reports ({@code es-ES}; empty if it does not say).
 */
public record Actor(
    UserRef user, String displayName, boolean platformAdmin, String timeZone, String locale) {
  public Actor(UserRef user, String displayName, boolean platformAdmin, String timeZone) {
    this(user, displayName, platformAdmin, timeZone, "");
  }

  public static Actor of(UserRef user, String displayName) {
    return new Actor(user, displayName, false, "");
  }

  public Actor withLocale(String newLocale) {
    return new Actor(user, displayName, platformAdmin, timeZone, newLocale);
  }
}
