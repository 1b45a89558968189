package org.allybot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.allybot.content.ContentLoader;
import org.allybot.core.nudge.LanguageMatcher;

/**
 * Measures the inclusive-language matcher with the whole built-in rule set on one thread: N chat
 * messages of typical length (60-240 characters; about one in eight holds a rule's term, others
 * hold code, quotes, links, mentions and emoji) are matched after a warm-up, and the rate is taken
 * from the thread's CPU time (so other builds on the machine do not count) and from wall time. PASS
 * at 50,000 messages a CPU-second or more. Exits 0 on PASS.
 */
public final class LanguageBench {
  static final double TARGET_PER_SECOND = 50_000;
  private static final Set<String> OPTIONS = Set.of("messages", "warmup", "rounds");

  private static final String[] WORDS =
      ("the a we can you please review my PR before lunch standup moved to thanks for demo build"
              + " is green again deploy failed on staging who has link design doc timesheets due"
              + " tonight retro at in big room I'll be out Friday covering coffee machine amazing"
              + " let's take this offline sync tomorrow numbers look good ship it next sprint"
              + " ticket backlog release notes customer call agenda budget approved meeting room"
              + " booked onboarding doc needs update merged into main tests pass dashboard slow")
          .split(" ");
  private static final String[] TERMS = {
    "guys",
    "crazy",
    "sanity check",
    "man-hours",
    "blacklist",
    "whitelisted",
    "grandfathered",
    "insane",
    "lame",
    "master branch",
    "spirit animal",
    "powwow",
    "low man on the totem pole",
    "ladies and gentlemen",
    "his or her",
    "manpower",
    "tone-deaf",
    "OK boomer",
    "dumb"
  };
  private static final String[] EXTRAS = {
    "`crazyMode=true`",
    "> quoted guys here",
    "\"sanity check\"",
    "<https://example.com/x|link>",
    "<@U0123ABCD>",
    ":tada:",
    "<#C0123|general>",
    "https://example.com/a/b?c=d",
    "Blackwell",
    "Master of Science",
    "🎉"
  };

  private LanguageBench() {}

  /** {@code --messages} (50000), {@code --warmup} (100000), {@code --rounds} (5). */
  public static void main(String[] args) {
    BenchArgs options;
    try {
      options = BenchArgs.parse(args, OPTIONS);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    LanguageResult result =
        run(
            options.get("messages", 50_000),
            options.get("warmup", 100_000),
            options.get("rounds", 5));
    System.out.println(result.report());
    System.exit(result.passed() ? 0 : 1);
  }

  /** The best of {@code rounds} timed passes over {@code messages} messages, after a warm-up. */
  static LanguageResult run(int messages, int warmup, int rounds) {
    LanguageMatcher matcher =
        LanguageMatcher.of(ContentLoader.builtIn().curriculum().languageRules());
    List<String> corpus = messages(messages, new Random(15));
    long sink = pass(matcher, messages(Math.max(1, warmup), new Random(16)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    long matches = 0;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      matches = pass(matcher, corpus);
      bestWall = Math.min(bestWall, System.nanoTime() - wall0);
      bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu0);
    }
    int chars = corpus.stream().mapToInt(String::length).sum();
    return new LanguageResult(
        matcher.rules().size(),
        matcher.rules().stream().mapToInt(r -> r.terms().size()).sum(),
        messages,
        chars / Math.max(1, messages),
        matches,
        bestCpu,
        bestWall,
        sink);
  }

  private static long pass(LanguageMatcher matcher, List<String> corpus) {
    long found = 0;
    for (String message : corpus) {
      found += matcher.match(message).size();
    }
    return found;
  }

  /** Chat-like messages: 10-40 ordinary words, some with a term or a skipped part mixed in. */
  static List<String> messages(int count, Random random) {
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder m = new StringBuilder();
      int words = 10 + random.nextInt(31);
      for (int w = 0; w < words; w++) {
        if (w > 0) {
          m.append(' ');
        }
        int roll = random.nextInt(200);
        if (roll < 2) {
          m.append(TERMS[random.nextInt(TERMS.length)]);
        } else if (roll < 5) {
          m.append(EXTRAS[random.nextInt(EXTRAS.length)]);
        } else {
          String word = WORDS[random.nextInt(WORDS.length)];
          m.append(
              w == 0 ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word);
        }
        if (random.nextInt(12) == 0) {
          m.append(random.nextBoolean() ? '.' : ',');
        }
      }
      out.add(m.toString());
    }
    return out;
  }
}
