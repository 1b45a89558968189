package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class AnswerBenchTest {

  @Test
  void manyClicksKeepOneVotePerMember() throws Exception {
    AnswerResult result = AnswerBench.run(50, 4, Duration.ZERO, Duration.ofSeconds(1));

    assertThat(result.answers()).isGreaterThanOrEqualTo(100); // twice round, at any speed
    assertThat(result.errors()).isZero();
    assertThat(result.distinctVoters()).isEqualTo(50);
    assertThat(result.storedVotes()).isEqualTo(50);
    assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis()).isPositive();
  }
}
