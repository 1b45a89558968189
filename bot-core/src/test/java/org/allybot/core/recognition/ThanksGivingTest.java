package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.core.UserKind;
import org.allybot.core.delivery.Composed;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Giving thanks with {@code /ally thanks}: the sense, the recipient's note, and every refusal. */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksGivingTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  ThanksGivingTest(ThanksScene scene) {
    this.scene = scene;
  }

  @Test
  void thanksWithASenseIsSentToTheRecipientWithTheSenseAndWhatItMeans() {
    String reply =
        scene.say("ana", "thanks @sam for speaking up when Ola was talked over --sense speak");

    assertThat(reply).isEqualTo("Sent to <@sam>, filed under *Speak out*. Thank you for noticing.");
    assertThat(scene.toMembers())
        .singleElement()
        .satisfies(d -> assertThat(d.userId()).isEqualTo("sam"));
    assertThat(scene.composedText(scene.toMembers().getFirst()))
        .isEqualTo(
            String.join(
                "\n",
                "== You've been thanked ==",
                "<@ana> thanked you for: speaking up when Ola was talked over",
                "*Speak out*: saying something when staying quiet would have been easier.",
                "  (Only you and the giver see this. Change whether thanks to you are shared with"
                    + " `/ally thanks sharing always|ask|never`.)"));
    assertThat(scene.stored())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.giverId()).isEqualTo("ana");
          assertThat(r.recipientId()).isEqualTo("sam");
          assertThat(r.sense()).isEqualTo(Sense.SPEAK);
          assertThat(r.state()).isEqualTo(Recognition.State.SENT);
          assertThat(r.wantsPublic()).isFalse();
        });
    assertThat(scene.toChannel()).isEmpty();
  }

  @Test
  void withoutASenseAllybotSuggestsOneAndSaysWhyAndNothingIsSentYet() {
    Reply reply = scene.reply("ana", "thanks @sam for listening and believed me when I told her");

    assertThat(CoreHarness.text(reply))
        .contains("Thanks to <@sam> for: listening and believed me when I told her")
        .contains("This sounds like *Listen to others* to me (because of \"listen\", \"believed\")")
        .contains("[1] Send as Listen to others [2] Take action [3] See privilege");
    List<Button> buttons = reply.messages().getFirst().buttons();
    assertThat(buttons).hasSize(6);
    assertThat(buttons.getFirst().style()).isEqualTo(Button.Style.PRIMARY);
    assertThat(scene.deliveries()).isEmpty();
    assertThat(scene.stored().getFirst().state()).isEqualTo(Recognition.State.DRAFT);
  }

  @Test
  void theGiverCanConfirmTheSuggestionOrPickAnotherSense() {
    List<Button> buttons =
        scene.reply("ana", "thanks @sam for listening").messages().getFirst().buttons();
    Button bias =
        buttons.stream().filter(b -> b.label().equals("Sniff out bias")).findFirst().orElseThrow();

    Reply sent = scene.press("ana", bias);

    assertThat(sent.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(sent)).contains("filed under *Sniff out bias*");
    assertThat(scene.stored().getFirst().sense()).isEqualTo(Sense.BIAS);
    assertThat(scene.composedText(scene.toMembers().getFirst())).contains("*Sniff out bias*:");
  }

  @Test
  void pressingTheSenseButtonTwiceSendsOnce() {
    Button first =
        scene.reply("ana", "thanks @sam for listening").messages().getFirst().buttons().getFirst();

    scene.press("ana", first);
    Reply again = scene.press("ana", first);

    assertThat(CoreHarness.text(again)).isEqualTo("This thanks was already sent.");
    assertThat(scene.toMembers()).hasSize(1);
    assertThat(
            scene
                .h
                .bot
                .context()
                .recognition()
                .store()
                .given(CoreHarness.user("ana"), scene.h.bot.context().today()))
        .isEqualTo(1);
  }

  @Test
  void onlyTheGiverMayChooseTheSense() {
    Button first =
        scene.reply("ana", "thanks @sam for listening").messages().getFirst().buttons().getFirst();

    assertThat(CoreHarness.text(scene.press("sam", first)))
        .isEqualTo("Only the person giving this thanks can choose its sense.");
    assertThat(scene.deliveries()).isEmpty();
  }

  @Test
  void textWithNoKeywordAsksWhichSenseWithoutGuessing() {
    Reply reply = scene.reply("ana", "thanks @sam for Tuesday");

    assertThat(CoreHarness.text(reply)).contains("Which of the six senses does this fit best?");
    assertThat(reply.messages().getFirst().buttons())
        .extracting(Button::label)
        .containsExactly(
            "Take action",
            "Listen to others",
            "See privilege",
            "Speak out",
            "Sniff out bias",
            "Live empathy");
  }

  @Test
  void thankingYourselfIsRefusedPolitely() {
    assertThat(scene.say("ana", "thanks @ana for being great --sense act"))
        .isEqualTo("That's kind, but thanks go to someone else. Who helped you or others lately?");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void thankingABotIsRefusedPolitely() {
    scene.h.platform.know("allybot", UserKind.BOT);

    assertThat(scene.say("ana", "thanks @allybot for the reminders --sense act"))
        .startsWith("Bots don't need thanks, though I appreciate the thought.");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void anUnknownUserGetsAClearError() {
    scene.h.platform.know("nobody", UserKind.UNKNOWN);

    assertThat(scene.say("ana", "thanks @nobody for the help --sense act"))
        .isEqualTo(
            "I can't find @nobody in this workspace, so nothing was sent. Check the spelling, or"
                + " pick them from the @ list as you type.");
    assertThat(scene.stored()).isEmpty();
    assertThat(scene.deliveries()).isEmpty();
  }

  @Test
  void whenThePlatformCannotSayWhoItIsNothingIsSentAndTheGiverMayRetry() {
    scene.h.platform.cannotTell("sam");

    assertThat(scene.say("ana", "thanks @sam for listening --sense listen"))
        .isEqualTo(
            "I couldn't check who that is right now, so nothing was sent. Please try again in a"
                + " minute.");
    assertThat(scene.stored()).isEmpty();
    assertThat(
            scene
                .h
                .bot
                .context()
                .recognition()
                .store()
                .given(CoreHarness.user("ana"), scene.h.bot.context().today()))
        .isZero();
  }

  @Test
  void aMissingMentionOrMissingDeedSaysWhatToType() {
    assertThat(scene.say("ana", "thanks"))
        .startsWith("Who would you like to thank? Mention them first")
        .contains("Usage: `/ally thanks @person for what they did");
    assertThat(scene.say("ana", "thanks sam for listening"))
        .startsWith("Who would you like to thank?");
    assertThat(scene.say("ana", "thanks @sam")).startsWith("Say what they did, after `for`");
    assertThat(scene.say("ana", "thanks @sam for --sense act")).startsWith("Say what they did");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void anUnknownSenseIsNamedWithTheSixThereAre() {
    assertThat(scene.say("ana", "thanks @sam for listening --sense kindness"))
        .startsWith(
            "'kindness' is not a sense. The senses are act, listen, privilege, speak, bias and"
                + " empathy.");
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void oversizedTextIsRefusedAndNothingIsStored() {
    String reply = scene.say("ana", "thanks @sam for " + "x".repeat(1001) + " --sense act");

    assertThat(reply)
        .startsWith(
            "That's a long thanks (1001 characters; the limit is 1000), so nothing was sent.");
    assertThat(scene.stored()).isEmpty();
    assertThat(scene.say("ana", "thanks @sam for " + "x".repeat(1000) + " --sense act"))
        .startsWith("Sent to <@sam>");
  }

  @Test
  void aRecipientWhoOptedOutIsNotMessagedAndTheGiverIsToldKindly() {
    scene.say("sam", "optout");

    assertThat(scene.say("ana", "thanks @sam for listening --sense listen"))
        .isEqualTo(
            "<@sam> has chosen not to get messages from Allybot, so I haven't passed this on."
                + " Telling them yourself, in your own words, will mean just as much.");
    assertThat(scene.deliveries()).isEmpty();
    assertThat(scene.stored()).isEmpty();
  }

  @Test
  void aRecipientWhoOptsOutBeforeTheNoteIsSentGetsNothing() {
    scene.say("ana", "thanks @sam for listening --sense listen");
    scene.say("sam", "optout");

    assertThat(scene.h.bot.composer().compose(scene.toMembers().getFirst()))
        .isEqualTo(new Composed.Skip("member opted out"));
  }

  @Test
  void theSixthThanksOfADayIsRefusedAndTheCapResetsTheNextDay() {
    for (int i = 0; i < 5; i++) {
      assertThat(scene.say("ana", "thanks @sam" + i + " for listening --sense listen"))
          .startsWith("Sent to");
    }

    assertThat(scene.say("ana", "thanks @zoe for listening --sense listen"))
        .isEqualTo(
            "You've given 5 thanks today, which is the daily limit, so this one wasn't sent. It"
                + " resets tomorrow; until then, telling them in person works wonderfully too.");
    assertThat(scene.toMembers()).hasSize(5);
    assertThat(scene.say("bob", "thanks @zoe for listening --sense listen")).startsWith("Sent to");

    scene.h.clock.advance(Duration.ofDays(1));
    assertThat(scene.say("ana", "thanks @zoe for listening --sense listen")).startsWith("Sent to");
  }

  @Test
  void aDraftConfirmedAfterTheCapWasReachedIsNotSent() {
    Button draft =
        scene.reply("ana", "thanks @zoe for listening").messages().getFirst().buttons().getFirst();
    for (int i = 0; i < 5; i++) {
      scene.say("ana", "thanks @sam" + i + " for listening --sense listen");
    }

    assertThat(CoreHarness.text(scene.press("ana", draft)))
        .startsWith("You've given 5 thanks today");
    assertThat(scene.toMembers()).hasSize(5);
  }

  @Test
  void theDailyCountExpiresByItselfInRedis() {
    scene.say("ana", "thanks @sam for listening --sense listen");

    String key = scene.h.redis.keys("ally:{shell:test}:thanks:given:*").iterator().next();
    assertThat(key).endsWith(":ana");
    assertThat(scene.h.redis.ttl(key)).isBetween(1L, Duration.ofDays(2).toSeconds());
  }

  @Test
  void helpListsTheThanksCommandsAndTheChannelOnlyForAdmins() {
    assertThat(scene.say("ana", "help"))
        .contains("`/ally thanks @person for what they did")
        .contains("/ally thanks sharing always|ask|never")
        .doesNotContain("/ally thanks channel");
    assertThat(scene.say("boss", "help")).contains("`/ally thanks channel #channel`");
  }
}
