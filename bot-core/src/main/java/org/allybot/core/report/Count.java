package org.allybot.core.report;

import java.util.OptionalLong;
import org.allybot.core.practice.GroupFigures;

/**
 * A number of people or of things people did, as a report may show it: empty when it comes from
 * fewer than {@link GroupFigures#MIN_GROUP} people, so that no renderer can show a small group.
 */
public record Count(OptionalLong value) {
  /** {@code n}, or hidden when it is below the minimum group. */
  public static Count of(long n) {
    return new Count(n >= GroupFigures.MIN_GROUP ? OptionalLong.of(n) : OptionalLong.empty());
  }

  public boolean isShown() {
    return value.isPresent();
  }

  /** The number, or "fewer than 5". */
  public String text() {
    return value.isPresent() ? Long.toString(value.getAsLong()) : GroupFigures.count(0);
  }
}
