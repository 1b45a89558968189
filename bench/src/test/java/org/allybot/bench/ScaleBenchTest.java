package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ScaleBenchTest {

  @Test
  void aSmallRunQueuesAndReachesEveryMemberExactlyOnceAndMeasuresRedis() throws Exception {
    ScaleResult result = ScaleBench.run(300, 2_000);

    assertThat(result.allArrived()).isTrue();
    assertThat(result.duplicates()).isZero();
    assertThat(result.lost()).isZero();
    assertThat(result.redisBytesPerMemberSeeded()).isPositive();
    assertThat(result.report())
        .contains("members N                300", "lost                     0");
  }
}
