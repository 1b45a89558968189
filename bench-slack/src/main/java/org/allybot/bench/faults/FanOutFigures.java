package org.allybot.bench.faults;

import java.util.Map;

/** What a drill's fan-out reached: members, those who got no poll, and the extra polls sent. */
record FanOutFigures(int members, long lost, long duplicates) {
  static FanOutFigures of(Map<String, Integer> postsPerMember) {
    long lost = postsPerMember.values().stream().filter(n -> n == 0).count();
    long duplicates = postsPerMember.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
    return new FanOutFigures(postsPerMember.size(), lost, duplicates);
  }

  boolean exactlyOnce() {
    return lost == 0 && duplicates == 0;
  }

  @Override
  public String toString() {
    return String.format(
        "members %d, delivered %d, lost %d, duplicates %d",
        members, members - lost, lost, duplicates);
  }
}
