package org.allybot.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The fast case of the multi-instance drill ({@code .ci/multi-instance.sh} runs 10,000 members):
 * two real {@code allybot serve} processes on one Redis process fan a poll out to 150 Slack and 150
 * Teams members at once, through the fake Slack and the fake Bot Connector, each enforcing its
 * platform's limits (sped up, and the servers' limit settings as much) and answering 429 beyond
 * them. Nothing here depends on how long it takes: a slow machine only makes the fan-out slower,
 * which the limits allow, so the timeout is only a bound.
 */
final class MultiInstanceFanOutTest {
  private static final int SLACK_MEMBERS = 150;
  private static final int TEAMS_MEMBERS = 150;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void twoInstancesTogetherReachEveryMemberOnceAndKeepEachPlatformLimit() throws Exception {
    // Slack 10x: 80 posts/s a workspace, 10 a channel, 500 conversations.open a minute; Teams 2x:
    // 100 sends/s a tenant, 14 a conversation.
    MultiInstanceFigures figures = MultiInstanceDrill.fanOut(SLACK_MEMBERS, TEAMS_MEMBERS, 10, 2);
    System.out.println(figures); // in the Surefire report, for the record

    assertThat(figures.slack().fanOut())
        .as("Slack: %s", figures)
        .isEqualTo(new FanOutFigures(SLACK_MEMBERS, 0, 0));
    assertThat(figures.teams().fanOut())
        .as("Teams: %s", figures)
        .isEqualTo(new FanOutFigures(TEAMS_MEMBERS, 0, 0));
    assertThat(figures.slack().refused()).as("Slack's 429s: %s", figures).isZero();
    assertThat(figures.teams().refused()).as("Teams' 429s: %s", figures).isZero();
    // The fakes' buckets hold a second's allowance: no second can see more than twice the limit.
    assertThat(figures.slack().peakPerSecond()).isLessThanOrEqualTo(2 * 80 + 1);
    assertThat(figures.teams().peakPerSecond()).isLessThanOrEqualTo(2 * 100 + 1);
    assertThat(figures.sentPerInstance())
        .as("both instances sent (welcome and poll): %s", figures)
        .hasSize(2)
        .allSatisfy(sent -> assertThat(sent).isPositive())
        .satisfies(sent ->
            assertThat(sent.get(0) + sent.get(1))
                .isGreaterThanOrEqualTo(2L * (SLACK_MEMBERS + TEAMS_MEMBERS)));
  }
}
