package org.allybot.core.community;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.allybot.core.WorkspaceId;

/**
 * When the community's questions were asked, advised on and resolved, by post number and hour, so
 * that a report counts a period's activity without reading posts. It holds no member ids.
 */
public interface CommunityLog {
  void asked(WorkspaceId workspace, int question, Instant at);

  /** Advice on a question; the first advice a question gets also records how long it waited. */
  void advised(WorkspaceId workspace, int question, int post, Instant askedAt, Instant at);

  void resolved(WorkspaceId workspace, int question, Instant at);

  /** What happened from {@code from} (inclusive) to {@code until} (exclusive). */
  Activity between(WorkspaceId workspace, Instant from, Instant until);

  /**
   * Questions asked, advice posted and questions resolved in a period, and how long each question
   * asked in it waited for its first advice (to the hour), for those that got some.
   */
  record Activity(long questions, long advice, long resolved, List<Duration> firstAdviceWaits) {
    public Activity {
      firstAdviceWaits = List.copyOf(firstAdviceWaits);
    }
  }
}
