package org.allybot.content;

import java.util.List;

/**
 * Keeps the answer key from showing through option lengths: in most decision points the longest
 * option is at most twice the shortest, none is over three times, and the strong option is the
 * longest in at most a third of them.
 */
final class OptionBalance {
  /** Share of decision points that must keep longest <= 2 x shortest. */
  static final double EVEN_SHARE = 0.75;

  /** Share of decision points in which a strong option may be the longest. */
  static final double STRONG_LONGEST_SHARE = 1.0 / 3;

  private static final int NAMES_SHOWN = 8;

  private OptionBalance() {}

  static void check(PackBuilder pack) {
    List<DecisionPoint> points = pack.decisionPoints;
    if (points.isEmpty()) {
      return;
    }
    for (DecisionPoint point : points) {
      if (point.longest() > 3 * point.shortest()) {
        pack.problems.add(
            problem(
                point,
                "in '"
                    + point.name()
                    + "' the longest option has "
                    + point.longest()
                    + " characters, over three times the shortest ("
                    + point.shortest()
                    + "); even them out so length does not give the answer away"));
      }
    }
    List<DecisionPoint> uneven =
        points.stream().filter(p -> p.longest() > 2 * p.shortest()).toList();
    int allowedUneven = (int) Math.floor(points.size() * (1 - EVEN_SHARE));
    if (uneven.size() > allowedUneven) {
      pack.problems.add(
          problem(
              uneven.getFirst(),
              "the longest option is more than twice the shortest in "
                  + uneven.size()
                  + " of "
                  + points.size()
                  + " decision points; at most "
                  + allowedUneven
                  + " may be. Even out: "
                  + names(uneven)));
    }
    List<DecisionPoint> strongLongest =
        points.stream().filter(DecisionPoint::strongIsLongest).toList();
    int allowedStrong = (int) Math.floor(points.size() * STRONG_LONGEST_SHARE);
    if (strongLongest.size() > allowedStrong) {
      pack.problems.add(
          problem(
              strongLongest.getFirst(),
              "a strong option is the longest in "
                  + strongLongest.size()
                  + " of "
                  + points.size()
                  + " decision points; at most "
                  + allowedStrong
                  + " may be, or length gives the answer away. Shorten the strong option or"
                  + " lengthen another in: "
                  + names(strongLongest)));
    }
  }

  private static ContentProblem problem(DecisionPoint point, String message) {
    return new ContentProblem(point.where().file(), point.where().line(), message);
  }

  private static String names(List<DecisionPoint> points) {
    List<String> shown = points.stream().limit(NAMES_SHOWN).map(DecisionPoint::name).toList();
    String more =
        points.size() > NAMES_SHOWN ? " and " + (points.size() - NAMES_SHOWN) + " more" : "";
    return String.join(", ", shown) + more;
  }
}
