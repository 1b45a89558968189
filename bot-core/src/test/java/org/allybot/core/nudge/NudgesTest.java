package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where nudges run, who sees them, and how often. */
@ExtendWith(EmbeddedRedisExtension.class)
class NudgesTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final NudgeScene scene;

  NudgesTest(CoreHarness harness) {
    this.harness = harness;
    this.scene = new NudgeScene(harness);
  }

  @Test
  void aChannelNobodySwitchedOnGetsNoNudge() {
    assertThat(scene.post("alice", "morning guys").messages()).isEmpty();
  }

  @Test
  void theAuthorSeesTheWordWhyAlternativesAndThreeButtons() {
    scene.switchedOn();

    var reply = scene.post("alice", "Morning guys, standup moved to 10:15");

    String text = CoreHarness.text(reply);
    assertThat(text)
        .contains("A friendly, private nudge about *guys*.")
        .contains("not everyone in the room hears themselves in it")
        .contains("You could try: everyone, folks, team, all, y'all, people.")
        .contains("Only you can see this.");
    assertThat(reply.messages().getFirst().buttons())
        .extracting(Button::label, Button::action, Button::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Thanks", "nudge.thanks", "guys"),
            org.assertj.core.groups.Tuple.tuple("Not helpful", "nudge.unhelpful", "guys"),
            org.assertj.core.groups.Tuple.tuple("Don't nudge me", "nudge.stop", "guys"));
  }

  @Test
  void anAvoidRuleIsWordedMoreFirmlyButStillKindly() {
    scene.switchedOn();

    assertThat(CoreHarness.text(scene.post("alice", "that plan is retarded")))
        .contains("A quick private note about *retarded*, a word that can really hurt.");
  }

  @Test
  void switchingAChannelOffStopsNudgesThere() {
    scene.switchedOn();
    harness.say("boss", "nudges off #" + NudgeScene.CHANNEL);

    assertThat(scene.post("alice", "hey guys").messages()).isEmpty();
    assertThat(CoreHarness.text(harness.say("boss", "nudges list")))
        .contains("Nudges are not on in any channel.");
  }

  @Test
  void aMessageWithNothingToNoticeGetsNothing() {
    scene.switchedOn();

    assertThat(scene.post("alice", "Thanks everyone, the release is out").messages()).isEmpty();
  }

  @Test
  void aSharedChannelGetsNoNudgeEvenWhenSwitchedOn() {
    scene.switchedOn();
    harness.platform.share(NudgeScene.CHANNEL);

    assertThat(scene.post("alice", "hey guys").messages()).isEmpty();
  }

  @Test
  void aMemberOptsOutAndBackIn() {
    scene.switchedOn();

    assertThat(CoreHarness.text(harness.say("alice", "nudges off")))
        .contains("Nudges are off for you.");
    assertThat(scene.post("alice", "hey guys").messages()).isEmpty();
    assertThat(scene.post("bob", "hey guys").messages()).isNotEmpty();

    assertThat(CoreHarness.text(harness.say("alice", "nudges on")))
        .contains("Nudges are on for you again.");
    assertThat(NudgeScene.rule(scene.post("alice", "hey guys"))).isEqualTo("guys");
  }

  @Test
  void atMostOneNudgeAnHourAndTheSameRuleNotTwiceADay() {
    scene.switchedOn();

    assertThat(NudgeScene.rule(scene.post("alice", "hey guys"))).isEqualTo("guys");
    assertThat(scene.post("alice", "that is crazy").messages()).isEmpty();
    assertThat(harness.redis.ttl(onlyKey("*nudge:hour:*"))).isBetween(1L, 3600L);
    assertThat(harness.redis.ttl(onlyKey("*nudge:day:*"))).isBetween(3601L, 86400L);

    harness.redis.del(onlyKey("*nudge:hour:*")); // the hour has passed

    assertThat(NudgeScene.rule(scene.post("alice", "hey guys, that is crazy")))
        .as("guys was nudged today, so the next rule in the message is chosen")
        .isEqualTo("crazy");
  }

  private String onlyKey(String pattern) {
    var keys = harness.redis.keys(pattern);
    assertThat(keys).hasSize(1);
    return keys.iterator().next();
  }

  @Test
  void aRuleAnAdminDisabledIsSkippedUntilEnabledAgain() {
    scene.switchedOn();

    assertThat(CoreHarness.text(harness.say("boss", "nudges disable guys")))
        .contains("Rule `guys` is off in this workspace.");
    assertThat(scene.post("alice", "hey guys").messages()).isEmpty();
    assertThat(CoreHarness.text(harness.say("alice", "nudges rules")))
        .contains("`guys` (gender, consider, off)");

    harness.say("boss", "nudges enable guys");
    assertThat(NudgeScene.rule(scene.post("alice", "hey guys"))).isEqualTo("guys");
  }
}
