package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /ally nudges ...}: who may do what, clear errors, the buttons and the counts. */
@ExtendWith(EmbeddedRedisExtension.class)
class NudgeCommandsTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final NudgeScene scene;

  NudgeCommandsTest(CoreHarness harness) {
    this.harness = harness;
    this.scene = new NudgeScene(harness);
  }

  private String say(String who, String text) {
    return CoreHarness.text(harness.say(who, text));
  }

  @Test
  void anAdminSwitchesChannelsOnAndListsThem() {
    assertThat(say("boss", "nudges on #C-allies")).contains("Nudges are on in <#C-allies>.");
    say("boss", "nudges on <#C0DEV|dev>");

    assertThat(say("boss", "nudges list")).contains("Nudges are on in: <#C-allies>, <#C0DEV>.");
    assertThat(harness.bot.context().audit().recent(CoreHarness.WORKSPACE, 5))
        .extracting(e -> e.action())
        .contains("nudges.on");
  }

  @Test
  void membersCannotChooseChannelsRulesOrReadTheCounts() {
    for (String command :
        new String[] {
          "nudges on #C-x", "nudges off #C-x", "nudges list", "nudges disable guys", "nudges stats"
        }) {
      assertThat(say("alice", command)).as(command).startsWith("Only Allybot admins can do that.");
    }
    assertThat(harness.bot.context().nudges().store().channels(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void badInputGetsAClearAnswerWithTheUsage() {
    assertThat(say("boss", "nudges on nowhere")).startsWith("Which channel? Name it, like");
    assertThat(say("boss", "nudges disable no-such-rule"))
        .startsWith("There's no rule `no-such-rule`. `/ally nudges rules` lists them.");
    assertThat(say("boss", "nudges dance"))
        .startsWith("I don't know `nudges dance`.")
        .contains("Usage: `/ally nudges");
  }

  @Test
  void theRulesListEveryRuleWithItsCategoryAndLevel() {
    assertThat(say("alice", "nudges rules"))
        .contains("`man-hours` (gender, consider): man hours, man hour, man days, man day…")
        .contains("`retarded` (disability, avoid)");
  }

  @Test
  void thanksAndNotHelpfulAnswerInPlaceAndAreCountedForTheRule() {
    scene.switchedOn();
    scene.post("alice", "hey guys");

    var thanks = harness.press("alice", "nudge.thanks", "guys");
    var unhelpful = harness.press("alice", "nudge.unhelpful", "guys");

    assertThat(thanks.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(thanks)).contains("Glad it helped.");
    assertThat(CoreHarness.text(unhelpful)).contains("Your feedback helps us tune the rules");
    assertThat(harness.bot.context().nudges().store().week(CoreHarness.WORKSPACE, week()))
        .filteredOn(c -> c.key().equals("rule:guys"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.thanks()).isEqualTo(1);
          assertThat(c.unhelpful()).isEqualTo(1);
        });
  }

  @Test
  void dontNudgeMeOptsTheMemberOut() {
    scene.switchedOn();
    scene.post("alice", "hey guys");

    assertThat(CoreHarness.text(harness.press("alice", "nudge.stop", "guys")))
        .contains("no more nudges for you");
    harness.redis.del(harness.redis.keys("*nudge:hour:*").toArray(String[]::new));
    assertThat(scene.post("alice", "that is crazy").messages()).isEmpty();
  }

  @Test
  void aForgedButtonIsNoLongerActive() {
    assertThat(CoreHarness.text(harness.press("alice", "nudge.thanks", "no-such-rule")))
        .isEqualTo("That button is no longer active.");
    assertThat(CoreHarness.text(harness.press("alice", "nudge.explode", "guys")))
        .isEqualTo("That button is no longer active.");
  }

  @Test
  void statsShowARuleOrChannelOnlyFromFiveDistinctAuthorsAndNameNobody() {
    scene.switchedOn();
    for (String author : new String[] {"a1", "a2", "a3", "a4"}) {
      scene.post(author, "hey guys");
    }
    assertThat(say("boss", "nudges stats")).contains("nothing to show").doesNotContain("guys");

    scene.post("a5", "hey guys");
    scene.post("a5", "hey guys"); // rate-limited: not a nudge, not counted

    String stats = say("boss", "nudges stats");
    assertThat(stats)
        .contains(week() + " `guys`: 5 nudges (thanks 0, not helpful 0)")
        .contains(week() + " <#C-allies>: 5 nudges");
    for (String author : new String[] {"a1", "a2", "a3", "a4", "a5"}) {
      assertThat(stats).doesNotContain(author);
    }
  }

  private String week() {
    return Nudges.week(java.time.LocalDate.now(harness.clock.withZone(java.time.ZoneOffset.UTC)));
  }
}
