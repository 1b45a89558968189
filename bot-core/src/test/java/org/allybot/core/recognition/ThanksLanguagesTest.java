package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each reads recognition in their own language: the giver's replies in the giver's, the recipient's
 * note in the recipient's, the channel post in the channel's.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class ThanksLanguagesTest {
  @RegisterExtension static final PerTest<ThanksScene> SCENE = ThanksScene.perTest();
  private final ThanksScene scene;

  ThanksLanguagesTest(ThanksScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void samReadsSpanish() {
    scene.setChannel();
    scene.say("sam", "language es");
  }

  @Test
  void theEnglishGiverIsAnsweredInEnglishAndTheSpanishRecipientIsToldInSpanish() {
    String reply = scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(reply)
        .startsWith("Sent to <@sam>, filed under *Listen to others*. Thank you for noticing.")
        .endsWith("If they agree, it will also be posted in <#CKUDOS>.");
    assertThat(scene.composedText(scene.toMembers().getFirst()))
        .contains("== Te han dado las gracias ==")
        .contains("<@ana> te da las gracias por: listening")
        .contains("*Escuchar*: dejar espacio a la experiencia de otra persona y creerla.")
        .contains("A <@ana> le gustaría compartir esto en <#CKUDOS>. ¿Te parece bien?")
        .contains("[1] Sí, compártelo [2] Compartir siempre mis agradecimientos")
        .doesNotContain("thanked");
  }

  @Test
  void theChannelPostFollowsTheChannelsLanguageNotTheMembers() {
    scene.say("boss", "channel language <#CKUDOS|kudos> es");
    scene.say("ana", "thanks @sam for listening --sense listen --public");
    Button yes = scene.composed(scene.toMembers().getFirst()).buttons().getFirst();

    Reply answered = scene.press("sam", yes);

    assertThat(CoreHarness.text(answered))
        .contains("Compartido en <#CKUDOS>. Disfrútalo: te lo has ganado.")
        .contains("Dejar de compartirlo");
    assertThat(scene.composedText(scene.toChannel().getFirst()))
        .isEqualTo(
            "<@ana> da las gracias a <@sam> por: listening\n"
                + "  (Escuchar: dejar espacio a la experiencia de otra persona y creerla.)");
  }

  @Test
  void anEnglishChannelGetsTheSpanishRecipientsThanksInEnglish() {
    scene.say("sam", "thanks sharing always");
    scene.say("ana", "thanks @sam for listening --sense listen --public");

    assertThat(scene.composedText(scene.toChannel().getFirst()))
        .startsWith("<@ana> thanked <@sam> for: listening");
  }

  @Test
  void theSpanishStatsEndWithTheThanksReceivedInSpanish() {
    scene.say("ana", "thanks @sam for listening --sense listen");
    scene.say("bob", "thanks @sam for hearing me out --sense listen");

    assertThat(scene.say("sam", "stats"))
        .contains("*Agradecimientos recibidos*\nEscuchar: 2")
        .doesNotContain("Thanks you received");
    assertThat(scene.say("sam", "thanks sharing never"))
        .startsWith("Los agradecimientos que recibes nunca se comparten");
    assertThat(scene.say("sam", "thanks @ana for --sense nope"))
        .startsWith("'nope' no es un sentido.");
    assertThat(scene.say("sam", "help")).contains("*Reconocimiento*");
  }
}
