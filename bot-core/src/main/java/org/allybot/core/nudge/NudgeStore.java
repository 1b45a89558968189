package org.allybot.core.nudge;

import java.util.List;
import java.util.Set;
import org.allybot.core.WorkspaceId;

/**
 * Where nudges keep their state: switched-on channels, opted-out members and disabled rules, the
 * rate limits, and weekly counts. Members appear only as keyed tags ({@link AuthorTags}), and no
 * message text is ever passed in.
 */
public interface NudgeStore {
  boolean channelOn(WorkspaceId ws, String channel);

  void switchChannel(WorkspaceId ws, String channel, boolean on);

  List<String> channels(WorkspaceId ws);

  boolean optedOut(WorkspaceId ws, String member);

  void optOut(WorkspaceId ws, String member, boolean out);

  Set<String> disabledRules(WorkspaceId ws);

  void disableRule(WorkspaceId ws, String ruleId, boolean disabled);

  /** Whether this member was nudged about this rule in the last day. */
  boolean nudgedToday(WorkspaceId ws, String member, String ruleId);

  /**
   * Takes the member's one nudge of the hour for this rule, and marks the rule for a day; false
   * (and nothing marked) if the hour's nudge is already taken.
   */
  boolean claim(WorkspaceId ws, String member, String ruleId);

  /** Counts one nudge in the week, by rule and by channel, with its author only as a tag. */
  void count(WorkspaceId ws, String week, String ruleId, String channel, String member);

  /** Counts a press of a nudge's button ("thanks", "unhelpful", "stop") for the rule. */
  void feedback(WorkspaceId ws, String week, String ruleId, String button);

  /** The counts of one week, every rule and channel in it. */
  List<NudgeCount> week(WorkspaceId ws, String week);
}
