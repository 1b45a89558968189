package org.allybot.core.signin;

/**
 * What a one-time link is for, such as signing in to the dashboard. A token issued for one purpose
 * is never found when consumed for another, so a link cannot be replayed at a different door.
 */
public record LinkPurpose(String name) {
  /** Signing an admin in to the web dashboard. */
  public static final LinkPurpose DASHBOARD = new LinkPurpose("dashboard");

  /** Opening the confidential report desk's form as a web page, for the member it was given to. */
  public static final LinkPurpose DESK_REPORT = new LinkPurpose("desk-report");

  public LinkPurpose {
    if (name == null || !name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException("a link purpose is a short lower-case word");
    }
  }
}
