package org.allybot.core.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.Button;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class MemberDataTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  MemberDataTest(CoreHarness harness) {
    this.harness = harness;
  }

  private void practise(String who) {
    Button option = harness.say(who, "poll").messages().getLast().buttons().getFirst();
    harness.press(who, option.action(), option.value());
    Button tryIt = harness.say(who, "lesson").messages().getLast().buttons().getLast();
    harness.press(who, tryIt.action(), tryIt.value());
  }

  private String everythingInRedis() {
    StringBuilder all = new StringBuilder();
    for (String key : KeyScan.matching(harness.redis, "*")) {
      all.append(key).append('\n');
      switch (harness.redis.type(key)) {
        case "string" -> all.append(harness.redis.get(key));
        case "hash" -> all.append(harness.redis.hgetAll(key));
        case "set" -> all.append(harness.redis.smembers(key));
        case "zset" -> all.append(harness.redis.zrange(key, 0, -1));
        case "list" -> all.append(harness.redis.lrange(key, 0, -1));
        default -> {}
      }
      all.append('\n');
    }
    return all.toString();
  }

  @Test
  void forgetMeAsksFirstThenDeletesEverythingAboutTheMember() {
    practise("alice7");
    practise("bob");
    assertThat(everythingInRedis()).contains("alice7");

    var confirm = harness.say("alice7", "forget-me").messages().getLast().buttons();
    assertThat(confirm).extracting(Button::label).containsExactly("Yes, delete my data", "Cancel");
    assertThat(everythingInRedis()).contains("alice7");
    harness.press("alice7", confirm.getFirst().action(), confirm.getFirst().value());

    assertThat(everythingInRedis()).doesNotContain("alice7").contains("bob");
    assertThat(
            harness
                .bot
                .context()
                .practice()
                .stats(CoreHarness.user("bob"), harness.bot.context().today())
                .pollsAnswered())
        .isEqualTo(1);
  }

  @Test
  void uninstallDeletesEveryKeyOfTheWorkspace() {
    practise("alice");
    harness.say("boss", "campaign create Pilot");

    harness.bot.handle(new CoreEvent.AppUninstalled(CoreHarness.WORKSPACE));

    assertThat(everythingInRedis()).doesNotContain("{shell:test}").doesNotContain("alice");
  }

  @Test
  void optedOutPausedAndDepartedMembersAreSkipped() {
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.say("alice", "optout");
    harness.say("bob", "pause 1w");
    Map<String, String> data = Map.of("campaign", "pilot");

    assertThat(
            harness
                .bot
                .composer()
                .compose(
                    Delivery.toMember(
                        "1", CoreHarness.WORKSPACE, "alice", Delivery.Kind.POLL, data)))
        .isEqualTo(new Composed.Skip("member opted out"));
    assertThat(
            harness
                .bot
                .composer()
                .compose(
                    Delivery.toMember("2", CoreHarness.WORKSPACE, "bob", Delivery.Kind.POLL, data)))
        .isEqualTo(new Composed.Skip("member paused"));
    assertThat(
            harness
                .bot
                .composer()
                .compose(
                    Delivery.toMember(
                        "3", CoreHarness.WORKSPACE, "gone", Delivery.Kind.POLL, data)))
        .isEqualTo(new Composed.Skip("member left or forgot their data"));
    assertThat(harness.bot.context().enrolment().optOutCount(CoreHarness.WORKSPACE, "pilot"))
        .isEqualTo(1);
  }

  @Test
  void retentionDeletesAnswersOlderThanTheRetentionPeriod() {
    practise("alice");
    harness.clock.advance(Duration.ofDays(731));
    practise("bob");

    int purged = harness.bot.purgeExpired();

    assertThat(purged).isEqualTo(2);
    assertThat(everythingInRedis()).contains("bob");
    var pollKeys = harness.redis.keys("ally:{shell:test}:poll:*");
    for (String key : pollKeys) {
      assertThat(harness.redis.hkeys(key)).doesNotContain("alice");
    }
  }
}
