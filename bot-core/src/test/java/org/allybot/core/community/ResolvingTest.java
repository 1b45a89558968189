package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The asker resolves their question; the digest features it only when they allowed it. */
@ExtendWith(EmbeddedRedisExtension.class)
class ResolvingTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  ResolvingTest(CommunityScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void aliceHasAskedAndBobAndCarolHaveAdvised() {
    scene.say("boss", "campaign create Pilot --digest fri@16:00 #C9");
    scene.ask("alice", "My skip-level keeps asking @dana to take notes in every meeting.", true);
    scene.say("bob", "advise 1 Suggest a rota for note-taking. --anonymous");
    scene.say("carol", "advise 1 Offer to take the notes yourself next time.");
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
  void theAskerResolvesWithWhatTheyDidUnderTheirLabelAndTheQuestionShowsResolved() {
    Reply reply = scene.say("alice", "resolve 1 I proposed a note-taking rota and it was adopted.");

    assertThat(CoreHarness.text(reply)).contains("#1 is resolved.");
    assertThat(CoreHarness.text(scene.lastChannelPost().message()))
        .startsWith("*Asker* marked #1 resolved.")
        .contains("*What I did:* I proposed a note-taking rota and it was adopted.");
    assertThat(CoreHarness.text(scene.h.platform.updates().getLast().message()))
        .startsWith("== #1 An ally asks… (resolved) ==")
        .doesNotContain("Offer advice");
    assertThat(scene.post(1).status()).isEqualTo(PostStatus.RESOLVED);
    assertThat(CoreHarness.text(scene.say("bob", "resolve 1")))
        .contains("Only the person who asked #1");
    assertThat(CoreHarness.text(scene.say("alice", "resolve 1"))).contains("already resolved");
  }

  @Test
  void theDigestFeaturesAResolvedThreadWithoutNamesOnlyWhenTheAskerAllowedIt() {
    scene.say("alice", "resolve 1 I asked <@U0SKIP|Sam> for a note-taking rota, and @dana agreed.");
    assertThat(digest()).doesNotContain("From the community");

    assertThat(CoreHarness.text(scene.say("alice", "resolve 1"))).contains("already resolved");
    Reply consent = scene.press("alice", "community.feature", "1|yes");
    assertThat(consent.replaceOriginal()).isTrue();

    String featured = digest();
    assertThat(featured)
        .contains("*From the community of practice*")
        .contains("_The situation:_ My skip-level keeps asking someone to take notes")
        .contains("_What they did:_ I asked someone for a note-taking rota, and someone agreed.")
        .contains("2 allies offered advice");
    assertThat(featured)
        .doesNotContain("alice")
        .doesNotContain("bob")
        .doesNotContain("carol")
        .doesNotContain("dana")
        .doesNotContain("Sam")
        .doesNotContain("Asker")
        .doesNotContain("Ally 1");
  }

  @Test
  void theResolveReplyAsksForConsentWithButtonsAndOnlyTheAskerCanGiveIt() {
    Reply reply = scene.say("alice", "resolve 1");

    assertThat(reply.messages().getLast().buttons())
        .extracting(Button::label, Button::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Yes, feature it", "1|yes"),
            org.assertj.core.groups.Tuple.tuple("No, keep it out", "1|no"));
    assertThat(CoreHarness.text(scene.press("bob", "community.feature", "1|yes")))
        .contains("Only the person who asked #1");
    scene.press("alice", "community.feature", "1|no");
    assertThat(digest()).doesNotContain("From the community");
  }

  @Test
  void theResolveFormAndTheFeatureFlagRecordConsentAtOnce() {
    assertThat(scene.press("alice", "community.resolve", "1").form().formId())
        .isEqualTo("community.resolve|1");
    assertThat(CoreHarness.text(scene.press("bob", "community.resolve", "1")))
        .contains("Only the person who asked #1");
    scene.submit("alice", "community.resolve|1", Map.of("what", "I spoke up.", "feature", "yes"));

    assertThat(digest()).contains("_What they did:_ I spoke up.");
  }

  @Test
  void aThreadResolvedMoreThanAWeekBeforeTheDigestIsNotFeatured() {
    scene.say("alice", "resolve 1 I spoke up. --feature");
    assertThat(digest()).contains("From the community");

    scene.h.clock.advance(Duration.ofDays(9));
    assertThat(digest()).doesNotContain("From the community");
  }

  @Test
  void hiddenThreadsAreNeverFeatured() {
    scene.say("alice", "resolve 1 I spoke up. --feature");
    scene.say("boss", "community hide 1 Off topic");

    assertThat(digest()).doesNotContain("From the community");
    assertThat(CoreHarness.text(scene.say("alice", "resolve 1 again --feature")))
        .contains("was hidden by the facilitator");
  }
}
