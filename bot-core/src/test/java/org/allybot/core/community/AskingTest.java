package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.DeliveryException;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class AskingTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;
  private final RedisEndpoint redis;

  AskingTest(CommunityScene scene, RedisEndpoint redis) {
    this.scene = scene;
    this.redis = redis;
  }

  @Test
  void askOpensAFormWithTheSituationWhatIAmConsideringTheHelpWantedAndAnonymity() {
    Reply reply = scene.say("alice", "ask");

    assertThat(reply.hasForm()).isTrue();
    Block.Form form = reply.form();
    assertThat(form.fields())
        .extracting(Block.Field::id)
        .containsExactly("situation", "considering", "help", "anonymous");
    Block.Field situation = form.fields().get(0);
    assertThat(situation.type()).isEqualTo(Block.FieldType.LONG_TEXT);
    assertThat(situation.required()).isTrue();
    assertThat(situation.maxLength()).isEqualTo(2000);
    assertThat(form.fields().get(1).required()).isFalse();
    assertThat(form.fields().get(2).choices())
        .containsExactly("advice", "a second opinion", "resources");
    assertThat(form.fields().get(3).type()).isEqualTo(Block.FieldType.YES_NO);
    assertThat(form.fields().get(3).initial()).isEqualTo("yes");
  }

  @Test
  void anAnonymousQuestionIsPostedAsAnAllyAsksWithGuessedSensesAndAnOfferAdviceButton() {
    Reply reply =
        scene.submit(
            "alice",
            "community.ask",
            Map.of(
                "situation", "A colleague's idea was re-attributed to someone else in a meeting.",
                "help", "resources"));

    String post = CoreHarness.text(scene.lastChannelPost().message());
    assertThat(post)
        .startsWith("== #1 An ally asks… ==")
        .contains("re-attributed")
        .contains("Asked anonymously · Looking for: resources · Senses: Speak out")
        .contains("[1] Offer advice")
        .doesNotContain("alice");
    assertThat(scene.lastChannelPost().message().buttons().getFirst().action())
        .isEqualTo("community.offer");
    assertThat(CoreHarness.text(reply))
        .contains("Your question is posted in <#C1> as #1, anonymously")
        .contains("Senses I guessed: speak");
  }

  @Test
  void aNamedQuestionShowsTheAsker() {
    scene.ask("alice", "How do I check in on a colleague after a hard week in the news?", false);

    assertThat(CoreHarness.text(scene.lastChannelPost().message()))
        .contains("Asked by <@alice>")
        .contains("Senses: Live empathy");
  }

  @Test
  void theGuessedSensesCanBeCorrectedByTheAskerOnly() {
    scene.ask("alice", "Someone made a joke in the team chat.", true);

    assertThat(CoreHarness.text(scene.say("bob", "community tags 1 bias")))
        .contains("Only the person who asked #1");
    assertThat(CoreHarness.text(scene.say("alice", "community tags 1 bias, empathy")))
        .endsWith("Senses of #1: bias, empathy.");
    assertThat(CoreHarness.text(scene.h.platform.updates().getLast().message()))
        .contains("Senses: Sniff out bias and Live empathy");
    assertThat(CoreHarness.text(scene.say("alice", "community tags 1 courage")))
        .startsWith("'courage' is not a sense.");
    Reply form = scene.press("alice", "community.tags", "1");
    assertThat(form.form().fields().getFirst().initial()).isEqualTo("bias, empathy");
    assertThat(scene.submit("alice", "community.tags|1", Map.of("tags", "courage")).fieldErrors())
        .containsKey("tags");
  }

  @Test
  void anEmptySituationKeepsTheFormOpenAndPostsNothing() {
    Reply reply = scene.submit("alice", "community.ask", Map.of("situation", "   "));

    assertThat(reply.fieldErrors())
        .containsEntry("situation", "Describe the situation: a sentence or two is enough.");
    assertThat(scene.channelPosts()).hasSize(1); // only the channel's welcome
  }

  @Test
  void anOversizedSituationIsRefusedWithItsLengthAndPostsNothing() {
    Reply reply = scene.ask("alice", "x".repeat(2001), true);

    assertThat(reply.fieldErrors().get("situation"))
        .isEqualTo("That's 2,001 characters; the limit is 2,000. Please shorten it.");
    assertThat(scene.channelPosts()).hasSize(1);
    assertThat(scene.ask("alice", "x".repeat(2000), true).hasFieldErrors()).isFalse();
  }

  @Test
  void aChannelTheBotCannotPostInIsExplainedAndNothingIsStored() {
    scene.h.platform.failNextSends(1, () -> new DeliveryException.Permanent("not_in_channel"));

    Reply reply =
        scene.ask("alice", "My manager keeps calling the women on the team 'girls'.", true);

    assertThat(CoreHarness.text(reply))
        .startsWith(
            "I can't post in <#C1> (the platform said: not_in_channel), so nothing was posted.")
        .contains("/invite @Allybot");
    assertThat(scene.h.bot.context().community().store().posts(CoreHarness.WORKSPACE)).isEmpty();
    assertThat(scene.ask("alice", "Trying again after the invite.", true).messages()).isNotEmpty();
    assertThat(scene.post(2)).isInstanceOf(Question.class);
  }

  @Test
  void aBusyPlatformAsksToTryAgainAndPostsNothing() {
    scene.h.platform.failNextSends(
        1, () -> new DeliveryException.RateLimited(Duration.ofSeconds(3)));

    assertThat(CoreHarness.text(scene.ask("alice", "A situation.", true)))
        .contains("busy, so nothing was posted");
    assertThat(scene.h.bot.context().community().store().posts(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void askingWithoutACommunityChannelSendsMembersToAnAdminAndTellsAdminsHow() {
    try (CoreHarness bare = new CoreHarness(redis, "boss")) {
      assertThat(CoreHarness.text(bare.say("alice", "ask")))
          .contains("There's no community channel yet")
          .contains("Ask an Allybot admin");
      assertThat(CoreHarness.text(bare.say("boss", "ask")))
          .contains("Choose one with `/ally community set #channel`");
      assertThat(
              bare.bot
                  .handle(
                      new org.allybot.core.event.CoreEvent.FormSubmitted(
                          CommunityScene.actor("alice"),
                          "community.ask",
                          Map.of("situation", "Something happened.")))
                  .messages())
          .singleElement()
          .satisfies(m -> assertThat(CoreHarness.text(m)).contains("Ask an Allybot admin"));
      assertThat(bare.platform.sends()).isEmpty();
    }
  }

  @Test
  void onlyAdminsSetTheChannelAndAChannelTheBotIsNotInIsNotSet() {
    assertThat(CoreHarness.text(scene.say("alice", "community set #other")))
        .startsWith("Only Allybot admins can do that.");
    scene.h.platform.failNextSends(1, () -> new DeliveryException.Permanent("not_in_channel"));

    assertThat(CoreHarness.text(scene.say("boss", "community set <#C2|quiet>")))
        .contains("The community channel wasn't changed.");
    assertThat(CoreHarness.text(scene.say("alice", "community"))).contains("Channel: <#C1>");
    assertThat(CoreHarness.text(scene.say("boss", "admin audit"))).contains("community.set <#C1>");
  }

  @Test
  void asksAreLimitedPerMemberPerDayAndTheLimitResetsTheNextDay() {
    try (CommunityScene limited =
        new CommunityScene(
            new CoreHarness(redis, new CommunityConfig(2, 20, Duration.ofHours(24)), "boss"))) {
      limited.ask("alice", "First situation.", true);
      limited.ask("alice", "Second situation.", false);

      assertThat(CoreHarness.text(limited.ask("alice", "Third situation.", true)))
          .startsWith("You've asked 2 questions today, which is the daily limit");
      assertThat(CoreHarness.text(limited.say("alice", "ask"))).contains("daily limit");
      assertThat(limited.ask("bob", "Bob's situation.", true).messages().getFirst().summary())
          .isEqualTo("Your question is posted as #3");

      limited.h.clock.advance(Duration.ofDays(1));
      assertThat(limited.say("alice", "ask").hasForm()).isTrue();
    }
  }

  @Test
  void helpListsTheCommunityCommandsAndAdminsAlsoSeeHowToSetItUp() {
    String member = CoreHarness.text(scene.say("alice", "help"));
    assertThat(member)
        .contains("`/ally ask`")
        .contains("`/ally advise N TEXT [--anonymous]`")
        .contains("`/ally helpful N`")
        .contains("`/ally followup N TEXT`")
        .contains("`/ally resolve N [what I did] [--feature]`")
        .contains("`/ally community hide N [reason]`")
        .doesNotContain("community set");
    assertThat(CoreHarness.text(scene.say("boss", "help")))
        .contains("`/ally community set #channel`, `/ally community facilitators @a @b @c weekly`");
  }
}
