package org.allybot.core.practice;

/** Figures about a group of members, hidden below a minimum size so nobody can be singled out. */
public final class GroupFigures {
  /** Aggregates below this many people are not shown. */
  public static final int MIN_GROUP = 5;

  private GroupFigures() {}

  /** A count, or "fewer than 5" so that small groups cannot be singled out. */
  public static String count(long n) {
    return n >= MIN_GROUP ? Long.toString(n) : "fewer than " + MIN_GROUP;
  }
}
