package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Posts in the community channel are in the channel's language, whoever wrote them; what the bot
 * tells a member privately is in that member's language. Anonymity reads the same in both.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class CommunityChannelLanguageTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  CommunityChannelLanguageTest(CommunityScene scene) {
    this.scene = scene;
  }

  private String channelText() {
    return CoreHarness.text(scene.lastChannelPost().message());
  }

  @Test
  void anEnglishMembersAnonymousQuestionIsPostedInTheSpanishChannelInSpanish() {
    scene.say("boss", "channel language <#C1|allies> es");

    String asked =
        CoreHarness.text(scene.ask("alice", "Someone talked over a new colleague again.", true));

    assertThat(asked).contains("Your question is posted in <#C1> as #1, anonymously");
    assertThat(channelText())
        .contains("#1 Una persona aliada pregunta…")
        .contains("Someone talked over a new colleague again.")
        .contains("Pregunta anónima · Busca: consejos · Sentidos:")
        .contains("Dar un consejo")
        .contains("Responde en este hilo, o usa `/ally advise 1 TEXTO [--anonymous]`.")
        .doesNotContain("alice");

    scene.say("bruno", "advise 1 Name it kindly, then ask them to finish. --anonymous");
    assertThat(channelText())
        .contains("*Persona aliada 1* · #2")
        .doesNotContain("Ally 1")
        .doesNotContain("bruno");
    scene.say("alice", "followup 1 It happened again today.");
    assertThat(channelText()).contains("*Quien pregunta* · #3");
  }

  @Test
  void aSpanishMembersAdviceInAnEnglishChannelIsPostedInEnglishAndThankedInSpanish() {
    scene.ask("alice", "A joke at someone's accent in the stand-up.", false);
    scene.say("bruno", "language es");

    String reply = CoreHarness.text(scene.say("bruno", "advise 1 Habla con ella primero."));

    assertThat(reply).contains("Tu consejo está publicado en el hilo de #1");
    assertThat(channelText())
        .contains("· #2 · advice on #1")
        .contains("Habla con ella primero.")
        .contains("Helpful");
  }

  @Test
  void helpfulResolveAndHideSpeakToEachMemberInTheirLanguageAndPostInTheChannels() {
    scene.say("boss", "channel language <#C1|allies> es");
    scene.say("alice", "language es");
    scene.ask("alice", "A colleague keeps being left off the invite list.", true);
    scene.say("bruno", "advise 1 Ask the organiser who owns the list.");

    assertThat(CoreHarness.text(scene.lastChannelPost().message()))
        .contains("· #2 · consejo para #1")
        .contains("Útil");
    assertThat(CoreHarness.text(scene.say("carla", "helpful 2")))
        .endsWith("Marked #2 as helpful. You're the first to say so.");
    assertThat(CoreHarness.text(scene.say("alice", "helpful 2")))
        .isEqualTo("Has marcado #2 como útil. A 2 personas les resultó útil.");
    assertThat(CoreHarness.text(scene.say("bruno", "resolve 1")))
        .isEqualTo("Only the person who asked #1 can mark it resolved.");
    assertThat(CoreHarness.text(scene.say("alice", "resolve 1 Lo hablé con el equipo.")))
        .startsWith("#1 está resuelta. Gracias por traerla a la comunidad.")
        .contains("¿Puede el resumen semanal destacar este hilo");
    assertThat(channelText())
        .contains("marcó #1 como resuelta.")
        .contains("*Lo que hice:* Lo hablé con el equipo.");

    assertThat(CoreHarness.text(scene.say("boss", "community hide 2 off topic")))
        .startsWith("Hid #2. Its author has been told privately");
    assertThat(CoreHarness.text(scene.privateTo("bruno").getLast().message()))
        .startsWith("The facilitator hid your post #2 in <#C1>")
        .contains(": off topic It's kept");
  }

  @Test
  void theCommunityOverviewAndItsMistakesAreInTheMembersLanguage() {
    scene.say("ana", "language es");

    assertThat(CoreHarness.text(scene.say("ana", "community")))
        .contains("*Comunidad de práctica*")
        .contains("Canal: <#C1>")
        .contains("Preguntas: 0 abiertas (0 esperando consejo), 0 resueltas");
    assertThat(CoreHarness.text(scene.say("ana", "helpful abc")))
        .startsWith("'abc' no es un número de publicación.");
    assertThat(CoreHarness.text(scene.say("ana", "advise 9 Hola")))
        .startsWith("No hay ninguna publicación #9 en la comunidad.");
    assertThat(CoreHarness.text(scene.say("ana", "community set #otro")))
        .startsWith("Solo quienes administran Allybot pueden hacer eso.");
  }
}
