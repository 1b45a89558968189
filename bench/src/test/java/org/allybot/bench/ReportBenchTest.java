package org.allybot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ReportBenchTest {

  @Test
  void aSmallCampaignsReportShowsEveryAnswerAndIsTimed() throws Exception {
    ReportResult result = ReportBench.run(20, 200, 2, 2, 1, 5);

    assertThat(result.seedErrors()).isZero();
    assertThat(result.pollsAnsweredShown()).isEqualTo("200");
    assertThat(result.baselineShown()).isEqualTo("started 20, completed 20");
    assertThat(result.p95Millis()).isGreaterThanOrEqualTo(result.p50Millis()).isPositive();
    assertThat(result.report()).contains("report p95");
  }
}
