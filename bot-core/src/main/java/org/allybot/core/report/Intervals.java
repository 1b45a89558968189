package org.allybot.core.report;

import java.util.Optional;
import org.allybot.core.practice.GroupFigures;

/**
 * The 95% intervals of a report: Student's t for means and differences of means (Welch's for two
 * groups), Wilson's score interval for shares. Each needs every group it uses to hold at least 5
 * people; otherwise there is no estimate to show.
 */
public final class Intervals {
  static final double Z = 1.959963984540054;

  /** t(0.975, df) for df 1-30; beyond, a Cornish-Fisher expansion (within 0.0001 of the table). */
  private static final double[] T = {
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010,
    2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739,
    2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423
  };

  private Intervals() {}

  /** A group's mean from its count, sum and sum of squares. */
  public static Optional<Estimate> mean(long n, long sum, long sumOfSquares) {
    if (n < GroupFigures.MIN_GROUP) {
      return Optional.empty();
    }
    double mean = (double) sum / n;
    double half = t(n - 1) * Math.sqrt(variance(n, sum, sumOfSquares) / n);
    return Optional.of(new Estimate(mean, mean - half, mean + half, n));
  }

  /**
   * The second group's mean minus the first's, with Welch's interval; {@code n} is the smaller
   * group, the one the minimum protects.
   */
  public static Optional<Estimate> difference(
      long n1, long sum1, long squares1, long n2, long sum2, long squares2) {
    if (n1 < GroupFigures.MIN_GROUP || n2 < GroupFigures.MIN_GROUP) {
      return Optional.empty();
    }
    double a = variance(n1, sum1, squares1) / n1;
    double b = variance(n2, sum2, squares2) / n2;
    double diff = (double) sum2 / n2 - (double) sum1 / n1;
    double se = Math.sqrt(a + b);
    double df = se == 0 ? n1 + n2 - 2 : (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
    double half = t(df) * se;
    return Optional.of(new Estimate(diff, diff - half, diff + half, Math.min(n1, n2)));
  }

  /** The share {@code k / n} with Wilson's score interval. */
  public static Optional<Estimate> share(long k, long n) {
    if (n < GroupFigures.MIN_GROUP || k < 0 || k > n) {
      return Optional.empty();
    }
    double p = (double) k / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return Optional.of(new Estimate(p, centre - half, centre + half, n));
  }

  /** The sample variance; never below 0, which rounding could otherwise give. */
  static double variance(long n, long sum, long sumOfSquares) {
    return Math.max(0, (sumOfSquares - (double) sum * sum / n) / (n - 1));
  }

  /** The 97.5th percentile of Student's t with {@code df} degrees of freedom (rounded down). */
  static double t(double df) {
    int whole = (int) Math.floor(df);
    if (whole < 1) {
      throw new IllegalArgumentException("t needs at least 1 degree of freedom");
    }
    if (whole <= T.length) {
      return T[whole - 1];
    }
    double z = Z;
    double v = whole;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    double z7 = z5 * z * z;
    double z9 = z7 * z * z;
    return z
        + (z3 + z) / (4 * v)
        + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v)
        + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * v * v * v * v);
  }
}
