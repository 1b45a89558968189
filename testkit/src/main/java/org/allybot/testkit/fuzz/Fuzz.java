package org.allybot.testkit.fuzz;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A small property runner: checks a property on cases made from one seeded random source, and on
 * the first failure shrinks the case (dropping one part at a time while it still fails) and fails
 * with the seed, the try and the smallest case found, ready to be written down as a regression
 * test.
 *
 * <p>CI runs a fixed seed and few tries, so every run checks the same cases. A developer runs more,
 * with a random seed, through system properties: {@code -Dallybot.fuzz.seed=random} (or a number to
 * replay a failure) and {@code -Dallybot.fuzz.tries=5000}; see CONTRIBUTING.
 */
public final class Fuzz {
  public static final String SEED = "allybot.fuzz.seed";
  public static final String TRIES = "allybot.fuzz.tries";
  static final long CI_SEED = 19;
  private static final int MAX_SHRINK_STEPS = 200;

  private Fuzz() {}

  /** The seed to run with: {@value #CI_SEED} unless {@link #SEED} says a number or "random". */
  public static long seed() {
    String s = System.getProperty(SEED, "").strip();
    if (s.isEmpty()) {
      return CI_SEED;
    }
    return s.equalsIgnoreCase("random") ? new SplittableRandom().nextLong() : Long.parseLong(s);
  }

  /** {@code ciTries}, unless {@link #TRIES} asks for another number. */
  public static int tries(int ciTries) {
    return Integer.getInteger(TRIES, ciTries);
  }

  /** Checks {@code property} on mutated requests; a failing case shrinks by its mutations. */
  public static void forAll(
      String property,
      int ciTries,
      Function<SplittableRandom, FuzzCase> cases,
      Consumer<FuzzCase> check) {
    forAll(
        property,
        ciTries,
        cases,
        c -> IntStream.range(0, c.mutations().size()).mapToObj(c::withoutMutation).toList(),
        check);
  }

  /** Checks {@code property} on {@link #tries} cases; {@code smaller} lists a case's shrinks. */
  public static <T> void forAll(
      String property,
      int ciTries,
      Function<SplittableRandom, T> cases,
      Function<T, List<T>> smaller,
      Consumer<T> check) {
    long seed = seed();
    int tries = tries(ciTries);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 1; i <= tries; i++) {
      T c = cases.apply(random);
      Throwable failure = failure(check, c);
      if (failure != null) {
        Shrunk<T> shrunk = shrink(c, failure, smaller, check);
        AssertionError e =
            new AssertionError(
                property
                    + " failed at try "
                    + i
                    + " of "
                    + tries
                    + " (-D"
                    + SEED
                    + "="
                    + seed
                    + "); shrunk in "
                    + shrunk.steps()
                    + " steps to: "
                    + shrunk.value()
                    + "\n  "
                    + shrunk.failure(),
                shrunk.failure());
        throw e;
      }
    }
  }

  private record Shrunk<T>(T value, Throwable failure, int steps) {}

  private static <T> Shrunk<T> shrink(
      T failing, Throwable failure, Function<T, List<T>> smaller, Consumer<T> check) {
    T current = failing;
    Throwable why = failure;
    int steps = 0;
    boolean progress = true;
    while (progress && steps < MAX_SHRINK_STEPS) {
      progress = false;
      for (T candidate : smaller.apply(current)) {
        Throwable f = failure(check, candidate);
        if (f != null) {
          current = candidate;
          why = f;
          steps++;
          progress = true;
          break;
        }
      }
    }
    return new Shrunk<>(current, why, steps);
  }

  private static <T> Throwable failure(Consumer<T> check, T c) {
    try {
      check.accept(c);
      return null;
    } catch (AssertionError | RuntimeException e) {
      return e;
    }
  }
}
