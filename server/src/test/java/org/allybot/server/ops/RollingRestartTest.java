package org.allybot.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryQueue;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.member.Member;
import org.allybot.core.store.RedisDeliveryStores;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one Redis, restarted one after the other in the middle of a fan-out, as a
 * rolling deployment does: every delivery arrives once. Each stopping instance finishes what it is
 * sending and hands the rest over, so the run does not wait out the 60 s reclaim idle time.
 */
@ExtendWith(EmbeddedRedisExtension.class)
final class RollingRestartTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final int DELIVERIES = 300;

  @TempDir Path data;

  private final RecordingChatPlatform slack = new RecordingChatPlatform(Platform.SLACK);

  @Test
  void aRollingRestartOfTwoInstancesLosesAndDoublesNoDelivery(RedisEndpoint redis)
      throws Exception {
    Settings settings =
        Settings.from(
            Map.of(
                "REDIS_URL", redis.url(),
                "ALLYBOT_SECRET_KEY", MasterKey.generate().toBase64(),
                "ALLYBOT_DATA_DIR", data.toString()));
    AllybotRuntime a = start(settings);
    AllybotRuntime b = start(settings);
    for (int i = 0; i < DELIVERIES; i++) {
      a.bot()
          .context()
          .members()
          .save(Member.newcomer(new UserRef(WS, "U" + i), "Member " + i, "UTC", Instant.now()));
    }
    queue(a).enqueueAll(notices());

    await().atMost(Duration.ofSeconds(60)).until(() -> slack.sends().size() >= 40);
    a.close();
    AllybotRuntime a2 = start(settings);
    int sentAtSecondStop = slack.sends().size();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> slack.sends().size() >= sentAtSecondStop + 40);
    b.close();
    AllybotRuntime b2 = start(settings);
    try {
      assertThat(slack.sends().size()).as("both stops came mid-run").isLessThan(DELIVERIES);
      // Well under the 60 s a crashed instance's entries wait before another reclaims them.
      await().atMost(Duration.ofSeconds(45)).until(() -> queue(a2).pending() == 0);

      assertThat(slack.sends())
          .extracting(sent -> sent.to().conversationId())
          .hasSize(DELIVERIES)
          .doesNotHaveDuplicates();
    } finally {
      a2.close();
      b2.close();
    }
  }

  private AllybotRuntime start(Settings settings) {
    return AllybotRuntime.start(
        settings,
        Map.of(Platform.SLACK, slack),
        Clock.systemUTC(),
        Map.of(Platform.SLACK, RateLimits.uniform(40)));
  }

  private static DeliveryQueue queue(AllybotRuntime runtime) {
    return RedisDeliveryStores.on(runtime.redis()).queue();
  }

  private static List<Delivery> notices() {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < DELIVERIES; i++) {
      deliveries.add(
          Delivery.toMember(
              "rolling-" + i, WS, "U" + i, Delivery.Kind.NOTICE, Map.of("text", "notice " + i)));
    }
    return deliveries;
  }
}
