package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Enrolment;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisEnrolmentTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");

  private final Enrolment enrolment;

  RedisEnrolmentTest(TestRedis redis) {
    this.enrolment = new RedisEnrolment(redis.client());
  }

  @Test
  void oneReadTellsWhichOfManyJoinedAndWhichOptedOut() {
    enrolment.join(new UserRef(WS, "U1"), "pilot");
    enrolment.join(new UserRef(WS, "U2"), "pilot");
    enrolment.optOut(new UserRef(WS, "U3"), "pilot");
    enrolment.join(new UserRef(WS, "U4"), "other");

    assertThat(enrolment.joinedAmong(WS, "pilot", List.of("U1", "U3", "U4", "U5")))
        .containsExactly("U1");
    assertThat(enrolment.optedOutAmong(WS, "pilot", List.of("U1", "U3"))).containsExactly("U3");
    assertThat(enrolment.optedOutAmong(WS, "pilot", List.of())).isEmpty();
  }
}
