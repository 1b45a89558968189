package org.allybot.core.event;

import org.allybot.core.UserRef;

/**
 * Who did something, as the platform told us: the user, a display name (never logged), whether the
 * platform itself calls them an admin, and their IANA time zone if known (empty otherwise).
 */
public record Actor(UserRef user, String displayName, boolean platformAdmin, String timeZone) {
  public static Actor of(UserRef user, String displayName) {
    return new Actor(user, displayName, false, "");
  }
}
