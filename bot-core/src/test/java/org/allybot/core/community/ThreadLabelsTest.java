package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thread labels read in the channel's language: a named asker's follow-up is signed with their
 * mention and "(asker)" translated, and the confirmation names a post as the channel shows it. The
 * stored label stays as it was, so threads posted before read the same way.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ThreadLabelsTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  ThreadLabelsTest(CommunityScene scene) {
    this.scene = scene;
  }

  @Test
  void aNamedAskersFollowUpInASpanishChannelSaysQuienPreguntaNotAsker() {
    scene.say("boss", "channel language <#C1|allies> es");
    scene.ask("alice", "A colleague keeps being left off the invite list.", false);

    scene.say("alice", "followup 1 It happened again today.");

    assertThat(CoreHarness.text(scene.lastChannelPost().message()))
        .contains("*<@alice> (quien pregunta)* · #2")
        .doesNotContain("(asker)");
  }

  @Test
  void anEnglishMembersConfirmationNamesTheirPostAsTheSpanishChannelShowsIt() {
    scene.say("boss", "channel language <#C1|allies> es");
    scene.ask("alice", "Someone talked over a new colleague again.", true);

    String advised = CoreHarness.text(scene.say("bruno", "advise 1 Name it kindly. --anonymous"));
    String followedUp = CoreHarness.text(scene.say("alice", "followup 1 It happened again."));

    assertThat(advised).contains("as *Persona aliada 1*").doesNotContain("Ally 1");
    assertThat(followedUp).contains("as *Quien pregunta*").doesNotContain("Asker");
    assertThat(CoreHarness.text(scene.lastChannelPost().message())).contains("*Quien pregunta*");
  }

  @Test
  void anAnonymousAskerIsToldTheHeadingAndLabelTheSpanishChannelShows() {
    scene.say("boss", "channel language <#C1|allies> es");

    String asked =
        CoreHarness.text(scene.ask("alice", "Someone talked over a new colleague again.", true));
    scene.say("bruno", "advise 1 Name it kindly.");
    String notice = CoreHarness.text(scene.privateTo("alice").getLast().message());

    assertThat(asked)
        .contains("it reads \"#1 Una persona aliada pregunta…\"")
        .contains("signed \"Quien pregunta\"")
        .doesNotContain("An ally asks")
        .doesNotContain("\"Asker\"");
    assertThat(notice).contains("answer in the thread as Quien pregunta");
  }

  @Test
  void storedLabelsReadInEachLanguageAndAnyOtherLabelStaysAsItIs() {
    Messages es = Messages.in(Language.ES);
    Messages en = Messages.in(Language.EN);

    assertThat(Pseudonyms.shown(es, "Asker")).isEqualTo("Quien pregunta");
    assertThat(Pseudonyms.shown(es, "Ally 12")).isEqualTo("Persona aliada 12");
    assertThat(Pseudonyms.shown(es, "<@U0AB12> (asker)")).isEqualTo("<@U0AB12> (quien pregunta)");
    assertThat(Pseudonyms.shown(en, "<@U0AB12> (asker)")).isEqualTo("<@U0AB12> (asker)");
    assertThat(Pseudonyms.shown(es, "<@U0AB12>")).isEqualTo("<@U0AB12>");
    assertThat(Pseudonyms.shown(es, "Ally twelve")).isEqualTo("Ally twelve");
  }
}
