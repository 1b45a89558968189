package org.allybot.core.practice;

import org.allybot.content.Sense;

/** The names of a campaign's running counters, shared by whoever counts and the report. */
public final class TallyCounters {
  /** Distinct (member, poll step) answers. */
  public static final String POLLS = "polls";

  /** Distinct (member, lesson) reads: "got it", "tell me more" or "I'll try this". */
  public static final String LESSONS = "lessons";

  /** "Tell me more" taps. */
  public static final String MORE = "more";

  /** "I'll try this" commitments made. */
  public static final String COMMITTED = "committed";

  /** Check-ins answered "I tried it". */
  public static final String TRIED = "tried";

  /** Polls, lessons and surveys the platforms accepted for members. */
  public static final String DELIVERED = "delivered";

  /** Welcomes to a mandatory campaign that the platforms accepted. */
  public static final String WELCOMED = "welcomed";

  /** Members active in a week (counted once each per week). */
  public static final String ACTIVE = "active";

  private static final String OPTION = "opt:";
  private static final String SENSE = "sense:";

  private TallyCounters() {}

  /** The counter for one ISO week, such as {@code polls@2026-W48}. */
  public static String inWeek(String counter, String week) {
    return counter + "@" + week;
  }

  /** The week of a weekly counter, or empty if {@code counter} is not one of {@code name}. */
  public static String weekOf(String counter, String name) {
    return counter.startsWith(name + "@") ? counter.substring(name.length() + 1) : "";
  }

  /** Practice of one sense. */
  public static String sense(Sense sense) {
    return SENSE + sense.id();
  }

  /** Members whose current answer to a poll step is this option: {@code opt:scenario/step:a}. */
  public static String option(String pollKey, String optionId) {
    return OPTION + pollKey + ":" + optionId;
  }

  /** {@code scenario/step} and option of an option counter, or null if it is not one. */
  public static String[] pollKeyAndOption(String counter) {
    if (!counter.startsWith(OPTION)) {
      return null;
    }
    int colon = counter.lastIndexOf(':');
    return colon <= OPTION.length()
        ? null
        : new String[] {counter.substring(OPTION.length(), colon), counter.substring(colon + 1)};
  }
}
