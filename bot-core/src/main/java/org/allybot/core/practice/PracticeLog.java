package org.allybot.core.practice;

import java.time.LocalDate;
import java.util.Set;
import org.allybot.content.Sense;
import org.allybot.core.UserRef;

/** What a member has practised: the source of {@code /ally stats}, streaks and participation. */
public interface PracticeLog {
  /**
   * Counts one practice of {@code kind} ("poll", "lesson", "tried") with its senses on a day; true
   * the first time the member practised that item that way.
   */
  boolean record(UserRef user, String kind, String itemId, Set<Sense> senses, LocalDate day);

  PracticeStats stats(UserRef user, LocalDate today);
}
