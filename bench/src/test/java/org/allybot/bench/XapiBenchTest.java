package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class XapiBenchTest {

  @Test
  void everyQueuedStatementReachesTheLrsOnceAndValid() throws Exception {
    XapiResult result = XapiBench.run(300, 50, 1);

    assertThat(result.stored()).isEqualTo(300);
    assertThat(result.resent()).isZero();
    assertThat(result.problems()).isZero();
    assertThat(result.setAside()).isZero();
    assertThat(result.leftWaiting()).isZero();
    assertThat(result.report()).contains("statements/s");
  }
}
