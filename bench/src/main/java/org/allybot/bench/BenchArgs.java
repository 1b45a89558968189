package org.allybot.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A benchmark's command line: {@code --name number} pairs, each name known, each optional. */
record BenchArgs(Map<String, Long> values) {

  /** Reads {@code args}; throws {@link IllegalArgumentException} saying what is wrong. */
  static BenchArgs parse(String[] args, Set<String> known) {
    Map<String, Long> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option " + args[i] + "; the options are --" + String.join(" N, --", known));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a number");
      }
      try {
        long value = Long.parseLong(args[i + 1]);
        if (value < 0 || value > Integer.MAX_VALUE) {
          throw new NumberFormatException();
        }
        values.put(name, value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(args[i] + " needs a whole number, not " + args[i + 1]);
      }
    }
    return new BenchArgs(Map.copyOf(values));
  }

  int get(String name, int fallback) {
    return values.getOrDefault(name, (long) fallback).intValue();
  }
}
