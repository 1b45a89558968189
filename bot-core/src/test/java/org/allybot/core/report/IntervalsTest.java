package org.allybot.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The report's intervals against values worked out by hand (and checked with R). */
class IntervalsTest {
  @Test
  void theMeanOfFiveAnswersUsesStudentsTWithFourDegreesOfFreedom() {
    // 2, 3, 3, 4, 5: mean 3.4, variance 1.3, se 0.509902, t(4) 2.7764, half-width 1.41569
    Estimate e = Intervals.mean(5, 17, 63).orElseThrow();

    assertThat(e.value()).isEqualTo(3.4);
    assertThat(e.low()).isCloseTo(1.98431, within(1e-4));
    assertThat(e.high()).isCloseTo(4.81569, within(1e-4));
    assertThat(e.n()).isEqualTo(5);
  }

  @Test
  void identicalAnswersHaveNoSpread() {
    Estimate e = Intervals.mean(6, 24, 96).orElseThrow();

    assertThat(e.low()).isEqualTo(4.0);
    assertThat(e.high()).isEqualTo(4.0);
  }

  @Test
  void wilsonsIntervalForThreeOfTen() {
    Estimate e = Intervals.share(3, 10).orElseThrow();

    assertThat(e.value()).isEqualTo(0.3);
    assertThat(e.low()).isCloseTo(0.10779, within(1e-4));
    assertThat(e.high()).isCloseTo(0.60322, within(1e-4));
  }

  @Test
  void wilsonsIntervalStaysInsideZeroAndOneAtTheEdges() {
    Estimate none = Intervals.share(0, 5).orElseThrow();
    Estimate all = Intervals.share(5, 5).orElseThrow();

    // 0 of 5: 0 to z^2/(n+z^2) = 3.84146/8.84146 = 0.43449
    assertThat(none.low()).isCloseTo(0.0, within(1e-9));
    assertThat(none.high()).isCloseTo(0.43449, within(1e-4));
    assertThat(all.low()).isCloseTo(0.56551, within(1e-4));
    assertThat(all.high()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void welchsDifferenceOfTwoGroups() {
    // A: 2,3,3,4,5 (mean 3.4, var 1.3); B: 3,4,4,5,5,5 (mean 4.3333, var 0.66667)
    // se = sqrt(1.3/5 + 0.66667/6) = sqrt(0.26 + 0.111111) = 0.609189
    // df = 0.371111^2 / (0.26^2/4 + 0.111111^2/5) = 0.137723 / (0.0169 + 0.00246914) = 7.1105
    // t(7) = 2.3646, half = 1.44049; diff 0.93333
    Estimate e = Intervals.difference(5, 17, 63, 6, 26, 116).orElseThrow();

    assertThat(e.value()).isCloseTo(0.93333, within(1e-4));
    assertThat(e.low()).isCloseTo(0.93333 - 1.44049, within(1e-3));
    assertThat(e.high()).isCloseTo(0.93333 + 1.44049, within(1e-3));
    assertThat(e.n()).isEqualTo(5);
  }

  @Test
  void fewerThanFivePeopleGiveNoEstimateAtAll() {
    assertThat(Intervals.mean(4, 12, 40)).isEmpty();
    assertThat(Intervals.share(2, 4)).isEmpty();
    assertThat(Intervals.difference(4, 12, 40, 30, 90, 300)).isEmpty();
    assertThat(Intervals.difference(30, 90, 300, 4, 12, 40)).isEmpty();
    assertThat(Intervals.share(6, 5)).isEmpty();
  }

  @Test
  void tQuantilesMatchTheTableAndTheNormalInTheLimit() {
    assertThat(Intervals.t(4)).isEqualTo(2.7764);
    assertThat(Intervals.t(30)).isEqualTo(2.0423);
    assertThat(Intervals.t(40)).isCloseTo(2.0211, within(1e-4));
    assertThat(Intervals.t(120)).isCloseTo(1.9799, within(1e-4));
    assertThat(Intervals.t(100_000)).isCloseTo(1.95998, within(1e-4));
  }
}
