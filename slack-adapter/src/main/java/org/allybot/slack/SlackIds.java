package org.allybot.slack;

import java.util.regex.Pattern;

/**
 * The shapes Slack gives its ids: a capital letter for the kind (T or E for a workspace, U or W for
 * a member, C, D or G for a conversation) then capitals and digits. An id of any other shape never
 * came from Slack, and is refused before it reaches the core, where it would name Redis keys.
 */
public final class SlackIds {
  private static final Pattern TEAM = Pattern.compile("[TE][A-Z0-9]{1,31}");
  private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{1,31}");
  private static final Pattern CHANNEL = Pattern.compile("[CDG][A-Z0-9]{1,31}");

  private SlackIds() {}

  public static boolean team(String id) {
    return id != null && TEAM.matcher(id).matches();
  }

  public static boolean user(String id) {
    return id != null && USER.matcher(id).matches();
  }

  public static boolean channel(String id) {
    return id != null && CHANNEL.matcher(id).matches();
  }
}
