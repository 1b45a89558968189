package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly digest is written in the language of the channel it is posted to, or of the member it
 * is sent to: its frame from the bundle, its wording from the pack's templates in that language.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class DigestLanguageTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  DigestLanguageTest(CommunityScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void aResolvedThreadTheAskerAllowedToFeature() {
    scene.say("boss", "campaign create Pilot --digest fri@16:00 #C9");
    scene.ask("alice", "My skip-level keeps asking @dana to take notes in every meeting.", true);
    scene.say("bob", "advise 1 Suggest a rota for note-taking. --anonymous");
    scene.say("alice", "resolve 1 I proposed a rota. --feature");
  }

  private String digest(Delivery d) {
    Composed composed = scene.h.bot.composer().compose(d);
    return CoreHarness.text(((Composed.Send) composed).message());
  }

  private static Delivery toChannel(String channel) {
    return Delivery.toChannel(
        "digest-" + channel,
        CoreHarness.WORKSPACE,
        channel,
        Delivery.Kind.DIGEST,
        Map.of("campaign", "pilot"));
  }

  @Test
  void aDigestPostedToASpanishChannelIsInSpanish() {
    scene.say("boss", "channel language <#C9|digest> es");

    String digest = digest(toChannel("C9"));

    assertThat(digest)
        .contains("de noviembre de 2026 · Pilot")
        .contains("*Desde la comunidad de práctica*")
        .contains("_La situación:_ My skip-level keeps asking alguien to take notes")
        .contains("_Lo que hizo:_ I proposed a rota.")
        .contains("1 persona aliada dio un consejo")
        .contains("menos de 5 de")
        .doesNotContain("From the community")
        .doesNotContain("dana")
        .doesNotContain("alice");
  }

  @Test
  void theSameDigestInAnEnglishChannelStaysEnglish() {
    scene.say("boss", "channel language <#C8|other> es");

    String digest = digest(toChannel("C9"));

    assertThat(digest)
        .contains("November")
        .contains("*From the community of practice*")
        .contains("1 ally offered advice")
        .contains("fewer than 5");
  }

  @Test
  void aDigestSentToAMemberIsInTheMembersLanguage() {
    scene.say("carla", "language es");

    String digest =
        digest(
            Delivery.toMember(
                "digest-carla",
                CoreHarness.WORKSPACE,
                "carla",
                Delivery.Kind.DIGEST,
                Map.of("campaign", "pilot")));

    assertThat(digest).contains("*Desde la comunidad de práctica*").contains("noviembre");
  }
}
