package org.allybot.testkit.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Values no well-behaved sender would put in a field: huge text, odd Unicode, text that looks like
 * markup, a template or a command, numbers at the edges. Each is chosen by index, so a case that
 * names its index can be made again.
 */
public final class OddValues {
  /** Longer than any limit a platform sets on one field, and still well under a body limit. */
  public static final int HUGE = 60_000;

  private static final List<String> TEXTS =
      List.of(
          "",
          " ",
          "\t\n\r",
          "a".repeat(HUGE),
          "é".repeat(HUGE / 2),
          "\u202Egnirts desrever\u202C",
          "zero\u200Bwidth\u200Djoin\uFEFF",
          "😀👩🏽‍💻🏳️‍🌈",
          "\uD83D",
          "\u0000nul\u0007bell",
          "Ω≈ç√∫˜µ≤≥÷",
          "ｆｕｌｌｗｉｄｔｈ",
          "<@U0ADMIN0001|boss> <!channel> <#C0GENERAL01|general>",
          "&lt;&gt;&amp;",
          "${jndi:ldap://127.0.0.1/x}",
          "{{7*7}} %s %n %d",
          "'; DROP TABLE members; --",
          "../../../../etc/passwd",
          "ally:{slack:T0ALLYBOT01}:member:*",
          "T0:ALLY{1}",
          "U0ALLYBOT00\nU0ADMIN0001",
          "https://hooks.invalid/\u0000",
          "campaign create \"Pilot --polls mon@09:30",
          "--polls --end --surveys --anonymous --feature",
          "-1",
          "9999999999999999999999",
          "NaN",
          "null",
          "true");

  private OddValues() {}

  /** How many texts there are to pick from. */
  public static int count() {
    return TEXTS.size();
  }

  public static String text(int index) {
    return TEXTS.get(Math.floorMod(index, TEXTS.size()));
  }

  /** A random odd text, or a random run of code points from all of Unicode. */
  public static String random(SplittableRandom random) {
    if (random.nextInt(4) > 0) {
      return text(random.nextInt(TEXTS.size()));
    }
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(1, 40);
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(random.nextInt(0, Character.MAX_CODE_POINT + 1));
    }
    return s.toString();
  }
}
