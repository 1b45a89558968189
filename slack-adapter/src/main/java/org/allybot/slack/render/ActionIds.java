package org.allybot.slack.render;

/**
 * Slack needs each {@code action_id} to be unique within its block, so a button's id is the core's
 * action with its position: {@code ally:3:poll.answer}. The core's value travels as the value.
 */
public final class ActionIds {
  static final String PREFIX = "ally:";

  private ActionIds() {}

  static String encode(int index, String action) {
    return PREFIX + index + ":" + action;
  }

  /** The core action inside an id made by this renderer; the id itself otherwise. */
  public static String action(String actionId) {
    if (actionId == null || !actionId.startsWith(PREFIX)) {
      return actionId == null ? "" : actionId;
    }
    int colon = actionId.indexOf(':', PREFIX.length());
    return colon < 0 ? actionId : actionId.substring(colon + 1);
  }
}
