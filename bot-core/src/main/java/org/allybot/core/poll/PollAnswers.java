package org.allybot.core.poll;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.UserRef;

/** One answer per member per poll step; answering again replaces the answer. */
public interface PollAnswers {
  /**
   * Records the member's choice, and returns the one it replaced, if any, with the poll's
   * distribution including this choice. The same round trip counts it in {@code tally}.
   */
  Recorded record(UserRef user, String pollKey, String optionId, Instant at, PollTally tally);

  Optional<String> answerOf(UserRef user, String pollKey);

  /** How many members chose each option. */
  Map<String, Long> distribution(UserRef anyoneInWorkspace, String pollKey);

  /** What recording an answer found: the answer it replaced, and how many chose each option. */
  record Recorded(Optional<String> previous, Map<String, Long> distribution) {
    public Recorded {
      distribution = Map.copyOf(distribution);
    }
  }
}
