package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thanks show where the issue says, and nowhere as a contest: the recipient's own stats and home by
 * sense, the digest's accepted public thanks by sense, team counts per sense from 5 up.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class WhereThanksShowTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  WhereThanksShowTest(ThanksScene scene) {
    this.scene = scene;
  }

  private void sharedBySam(String giver, String what, String sense) {
    scene.say(giver, "thanks @sam for " + what + " --sense " + sense + " --public");
    Button yes = scene.composed(scene.toMembers().getLast()).buttons().getFirst();
    scene.press("sam", yes);
  }

  private String digest() {
    Composed composed =
        scene
            .h
            .bot
            .composer()
            .compose(
                Delivery.toChannel(
                    "digest",
                    CoreHarness.WORKSPACE,
                    "C9",
                    Delivery.Kind.DIGEST,
                    Map.of("campaign", "pilot")));
    return CoreHarness.text(((Composed.Send) composed).message());
  }

  @Test
  void statsShowWhatTheMemberReceivedBySense() {
    assertThat(scene.say("sam", "stats")).contains("*Thanks you received*\nNone yet.");
    scene.say("ana", "thanks @sam for listening --sense listen");
    scene.say("bob", "thanks @sam for hearing me out --sense listen");
    scene.say("bob", "thanks @sam for speaking up --sense speak");
    scene.reply("zoe", "thanks @sam for Tuesday"); // a draft never confirmed is not received

    assertThat(scene.say("sam", "stats"))
        .contains("*Thanks you received*\nListen to others: 2 · Speak out: 1")
        .endsWith("(Only you see this.)");
    assertThat(scene.say("ana", "stats")).contains("*Thanks you received*\nNone yet.");
  }

  @Test
  void theHomeShowsWhatTheMemberReceivedBySense() {
    scene.say("ana", "thanks @sam for making space --sense listen");

    String home =
        CoreHarness.text(
            scene.h.bot.handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("sam"), "sam"))));

    assertThat(home).contains("*Thanks you received*\nListen to others: 1");
  }

  @Test
  void theDigestListsAcceptedPublicThanksBySenseAndNothingElse() {
    scene.say("boss", "campaign create Pilot --digest fri@16:00 #C9");
    scene.setChannel();
    sharedBySam("ana", "speaking up for Ola", "speak");
    sharedBySam("bob", "making room in the retro", "listen");
    scene.say("zoe", "thanks @sam for a private kindness --sense empathy");
    scene.say("lee", "thanks @sam for something they kept private --sense act --public");
    scene.press("sam", scene.composed(scene.toMembers().getLast()).buttons().getLast());

    assertThat(digest())
        .contains(
            String.join(
                "\n",
                "*Allyship noticed this week*",
                "_Listen to others_",
                "• <@sam>, thanked by <@bob>: making room in the retro",
                "_Speak out_",
                "• <@sam>, thanked by <@ana>: speaking up for Ola"))
        .doesNotContain("private kindness")
        .doesNotContain("kept private");
  }

  @Test
  void theDigestLeavesOutThanksOlderThanAWeek() {
    scene.say("boss", "campaign create Pilot --digest fri@16:00 #C9");
    scene.setChannel();
    sharedBySam("ana", "speaking up for Ola", "speak");

    scene.h.clock.advance(Duration.ofDays(9));

    assertThat(digest()).doesNotContain("Allyship noticed");
  }

  @Test
  void teamCountsPerSenseAreHiddenBelowFive() {
    for (int i = 0; i < 5; i++) {
      scene.say("giver" + i, "thanks @sam for listening --sense listen");
    }
    scene.say("ana", "thanks @bob for speaking up --sense speak");
    SenseCounts counts = new SenseCounts(scene.h.bot.context().recognition());

    Map<String, String> shown =
        counts.shown(CoreHarness.WORKSPACE, Instant.EPOCH, scene.h.clock.instant().plusSeconds(1));

    assertThat(shown)
        .containsEntry("Listen to others", "5")
        .containsEntry("Speak out", "fewer than 5")
        .containsEntry("Take action", "fewer than 5")
        .hasSize(6);
    assertThat(counts.counts(CoreHarness.WORKSPACE, Instant.EPOCH, Instant.EPOCH))
        .containsEntry(Sense.LISTEN, 0L);
  }
}
