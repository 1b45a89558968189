package org.allybot.core.delivery;

import static org.allybot.core.delivery.TestDeliveries.IDLE;
import static org.allybot.core.delivery.TestDeliveries.WS;
import static org.allybot.core.delivery.TestDeliveries.fast;
import static org.allybot.core.delivery.TestDeliveries.toChannel;
import static org.allybot.core.delivery.TestDeliveries.toMember;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceKind;
import org.allybot.core.campaign.Slot;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.Button;
import org.allybot.core.store.KeyScan;
import org.allybot.core.store.TestRedis;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisClusterExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core's flows on a real three-master Redis Cluster: every multi-key command and Lua script
 * keeps its keys in one slot (a CROSSSLOT error would fail the flow), and the scans that span
 * workspaces visit every node. {@code .ci/redis-cluster.sh} runs the whole suite this way.
 */
@ExtendWith(RedisClusterExtension.class)
final class CoreFlowsOnRedisClusterTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  @RegisterExtension final Workers workers = new Workers();

  private static void practise(CoreHarness harness, String who) {
    Button option = harness.say(who, "poll").messages().getLast().buttons().getFirst();
    harness.press(who, option.action(), option.value());
    Button tryIt = harness.say(who, "lesson").messages().getLast().buttons().getLast();
    harness.press(who, tryIt.action(), tryIt.value());
  }

  @Test
  void joiningAnsweringForgettingAndRetentionWorkAcrossTheSlots(CoreHarness harness) {
    harness.say("boss", "campaign create Pilot --mandatory --polls mon@09:30");
    Button option = harness.say("ann", "poll").messages().getLast().buttons().getFirst();
    for (String who : List.of("bo", "cy", "di", "ed")) {
      harness.press(who, option.action(), option.value());
    }
    String fifth = CoreHarness.text(harness.press("ann", option.action(), option.value()));
    assertThat(fifth).contains("How others answered* (5 answers)");

    practise(harness, "old7");
    harness.clock.advance(Duration.ofDays(731));
    practise(harness, "zed9");
    assertThat(harness.bot.purgeExpired()).isEqualTo(5 + 2); // the five answers and old7's two

    var confirm = harness.say("zed9", "forget-me").messages().getLast().buttons();
    harness.press("zed9", confirm.getFirst().action(), confirm.getFirst().value());
    assertThat(String.join(" ", KeyScan.matching(harness.redis, "ally:*"))).doesNotContain("zed9");

    harness.bot.handle(new CoreEvent.AppUninstalled(CoreHarness.WORKSPACE));
    assertThat(KeyScan.matching(harness.redis, "ally:{shell:test}:*")).isEmpty();
  }

  @Test
  void twoInstancesDeliverEachQueuedDeliveryOnceAndAFireIsClaimedOnce(RedisEndpoint endpoint)
      throws Exception {
    List<Delivery> deliveries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      deliveries.add(i % 2 == 0 ? toMember("d" + i, "U" + i) : toChannel("d" + i));
    }
    workers.queue().enqueue(toChannel("crashed"));
    assertThat(workers.queue().read("gone-0", 10, Duration.ZERO)).hasSize(1); // then it died
    DeliveryWorker a =
        workers.start(fast("a").withReclaim(Duration.ofMillis(300), Duration.ofMillis(100)));
    DeliveryWorker b = workers.start(fast("b"));

    workers.queue().enqueueAll(deliveries);

    assertThat(a.awaitIdle(IDLE)).isTrue();
    assertThat(b.awaitIdle(IDLE)).isTrue();
    List<String> expected = new ArrayList<>(deliveries.stream().map(Delivery::id).toList());
    expected.add("crashed");
    assertThat(workers.slack.sentSummaries())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
    try (TestRedis one = TestRedis.connect(endpoint);
        TestRedis other = TestRedis.connect(endpoint)) {
      Occurrence fire =
          new Occurrence(
              WS,
              "pilot",
              OccurrenceKind.POLL,
              new Slot(ZoneId.of("UTC"), LocalTime.of(9, 30)),
              Instant.parse("2026-11-30T09:30:00Z"));
      assertThat(List.of(one.claims().claim(fire), other.claims().claim(fire)))
          .containsExactlyInAnyOrder(true, false);
    }
  }
}
