package org.allybot.core.poll;

import java.util.Set;
import org.allybot.content.Sense;

/**
 * What an answer adds to its campaign's counters ({@code campaignId} empty: none): the option's
 * count always, and on a member's first answer to the step, the week's and each sense's count.
 */
public record PollTally(String campaignId, String week, Set<Sense> senses) {
  public static final PollTally NONE = new PollTally("", "", Set.of());

  public PollTally {
    senses = Set.copyOf(senses);
  }

  public boolean counts() {
    return !campaignId.isEmpty();
  }
}
