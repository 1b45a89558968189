package org.allybot.testkit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code /ally} command lines as people type them and as they mistype them: words from the real
 * commands and options, numbers and dates in and out of range, odd text. A line is a list of
 * tokens, so a failing one shrinks by dropping tokens.
 */
public final class CommandLines {
  private static final List<String> VERBS =
      List.of(
          "help",
          "poll",
          "lesson",
          "stats",
          "optout",
          "opt-in",
          "pause",
          "time",
          "forget-me",
          "home",
          "survey",
          "campaign",
          "admin",
          "dashboard",
          "ask",
          "advise",
          "helpful",
          "followup",
          "resolve",
          "community",
          "HELP",
          "Campaign",
          "");
  private static final List<String> WORDS =
      List.of(
          "create",
          "edit",
          "run",
          "list",
          "show",
          "delete",
          "report",
          "now",
          "survey",
          "add",
          "remove",
          "purge",
          "set",
          "tags",
          "hide",
          "facilitators",
          "weekly",
          "Pilot",
          "\"Pilot",
          "Pilot\"",
          "\"Two words\"",
          "--polls",
          "--lessons",
          "--digest",
          "--audience",
          "--end",
          "--start",
          "--surveys",
          "--anonymous",
          "--feature",
          "--mandatory",
          "--tz",
          "mon,tue@09:30",
          "sun@25:61",
          "fri@16:00",
          "@",
          ",",
          "mon@",
          "2026-02-29",
          "2028-02-29",
          "2026-13-40",
          "0000-00-00",
          "tomorrow",
          "0",
          "1",
          "-1",
          "2147483648",
          "99999999999",
          "1.5",
          "1e9",
          "weeks",
          "days",
          "3w",
          "Europe/Berlin",
          "Mars/Olympus",
          "UTC+25",
          "baseline,followup,feedback",
          "none",
          "act,listen",
          "#allies",
          "<#C0GENERAL01|general>",
          "<@U0ADMIN0001>",
          "<@U0ADMIN0001|boss>",
          "@everyone",
          "--",
          "---",
          "-",
          "=",
          "|",
          "\\",
          "`",
          "*bold*",
          "/ally",
          "/cancel");

  private CommandLines() {}

  /** One line's tokens: a verb, then up to eight words, options or odd values. */
  public static List<String> random(SplittableRandom random) {
    List<String> tokens = new ArrayList<>();
    tokens.add(VERBS.get(random.nextInt(VERBS.size())));
    int more = random.nextInt(9);
    for (int i = 0; i < more; i++) {
      tokens.add(
          random.nextInt(8) == 0
              ? OddValues.random(random)
              : WORDS.get(random.nextInt(WORDS.size())));
    }
    return List.copyOf(tokens);
  }

  /** The line with one token fewer, for each token: what a failing line shrinks to. */
  public static List<List<String>> shorter(List<String> tokens) {
    List<List<String>> all = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<String> fewer = new ArrayList<>(tokens);
      fewer.remove(i);
      all.add(List.copyOf(fewer));
    }
    return all;
  }

  public static String line(List<String> tokens) {
    return String.join(" ", tokens);
  }
}
