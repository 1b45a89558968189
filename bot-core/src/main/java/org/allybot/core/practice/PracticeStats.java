package org.allybot.core.practice;

import java.util.Map;

/** A member's own practice figures. {@code streakWeeks} counts consecutive weeks with practice. */
public record PracticeStats(
    int pollsAnswered,
    int lessonsRead,
    int commitmentsTried,
    int streakWeeks,
    Map<String, Integer> senses) {
  public PracticeStats {
    senses = Map.copyOf(senses);
  }
}
