package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class FanOutBenchTest {

  @Test
  void aSmallRunReachesEveryMemberExactlyOnce() throws Exception {
    FanOutResult result = FanOutBench.run(200, 1_000, 50, Duration.ZERO);

    assertThat(result.run().allArrived()).isTrue();
    assertThat(result.run().duplicates()).isZero();
    assertThat(result.run().lost()).isZero();
    assertThat(result.warmup().lost()).isZero();
    assertThat(result.throttledWarmup().members()).isEqualTo(50);
    assertThat(result.throttledWarmup().lost()).isZero();
    assertThat(result.report())
        .contains("members N                200", "duplicates               0");
  }
}
