package org.allybot.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A Spanish member reads the survey in Spanish; what is stored is what an English member's is. */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishSurveyTest {
  private CoreHarness harness;
  private SurveyScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
    scene = new SurveyScene(harness);
    harness.say("alice", "help");
    harness.say("eva", "language es");
    scene.campaign("");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private Map<String, StoredAnswer> progress(String member) {
    var surveys = harness.bot.context().surveys();
    String pseudonym = surveys.pseudonym().of(CoreHarness.user(member), "pilot");
    return surveys
        .answers()
        .progress(new SurveyKey(CoreHarness.WORKSPACE, "pilot", SurveyRound.BASELINE, pseudonym));
  }

  @Test
  void aSpanishMemberSeesTheBaselineInSpanishWithTheSameButtonValues() {
    Message english = SurveyScene.question(scene.join("alice"));
    Message spanish = SurveyScene.question(scene.join("eva"));
    String text = CoreHarness.text(spanish);

    assertThat(text)
        .contains("Tu punto de partida como aliado")
        .contains("Valora cada afirmación del 1")
        .contains("Pregunta 1 de 7 · Pilot")
        .contains("Si viera que tratan injustamente a un colega")
        .contains("Las respuestas se guardan con un seudónimo")
        .doesNotContain("Strongly")
        .doesNotContain("Aún sin traducir");
    assertThat(spanish.buttons())
        .extracting(Button::label)
        .containsExactly(
            "1 · Muy en desacuerdo",
            "2 · En desacuerdo",
            "3 · Ni de acuerdo ni en desacuerdo",
            "4 · De acuerdo",
            "5 · Muy de acuerdo",
            "Saltar esta");
    assertThat(spanish.buttons())
        .extracting(b -> b.value().replace("|", " "))
        .containsExactlyElementsOf(
            english.buttons().stream().map(b -> b.value().replace("|", " ")).toList());
  }

  @Test
  void aSpanishAdminIsToldAboutTheFollowUpInSpanish() {
    harness.say("boss", "language es");

    assertThat(CoreHarness.text(harness.say("boss", "campaign run Pilot survey now")))
        .isEqualTo(
            "Todavía nadie participa en *Pilot*, así que no se envió ninguna encuesta de seguimiento.");
    assertThat(CoreHarness.text(harness.say("boss", "campaign run Nada survey now")))
        .contains("No hay ninguna campaña");
  }

  @Test
  void spanishAndEnglishAnswersToTheSameChoiceAreStoredAlike() {
    Reply en = scene.answerAll("alice", scene.join("alice"), "4 · Agree", "unsure");
    Reply es = scene.answerAll("eva", scene.join("eva"), "4 · De acuerdo", "no lo tengo claro");

    assertThat(progress("eva")).isEqualTo(progress("alice")).hasSize(7);
    assertThat(progress("eva").get("have-an-ally")).isEqualTo(StoredAnswer.choice(2));
    assertThat(progress("eva").get("confidence-intervene")).isEqualTo(StoredAnswer.likert(4));
    assertThat(CoreHarness.text(en)).contains("Thank you: that's *Where you are with allyship");
    assertThat(CoreHarness.text(es))
        .isEqualTo(
            "¡Gracias! Has terminado *Tu punto de partida como aliado*. Tus respuestas cuentan"
                + " para los resultados de la campaña, que solo se muestran en grupos de cinco o"
                + " más personas.");
  }

  @Test
  void theChoiceQuestionShowsTheTranslatedChoices() {
    Reply current = scene.join("eva");
    for (int i = 0; i < 6; i++) {
      current = scene.press("eva", current, "Saltar esta");
    }
    Message choice = SurveyScene.question(current);

    assertThat(CoreHarness.text(choice))
        .contains("Pregunta 7 de 7")
        .contains("¿Tienes al menos una persona aliada en el trabajo?");
    assertThat(choice.buttons())
        .extracting(Button::label)
        .containsExactly("sí", "no", "no lo tengo claro", "Saltar esta");
  }

  @Test
  void theSurveyListAndItsRefusalsAreInSpanish() {
    scene.join("eva");
    String pending = CoreHarness.text(harness.say("eva", "survey"));
    String unknown = CoreHarness.text(harness.press("eva", "survey.answer", "nonsense"));

    assertThat(pending)
        .contains("Tienes una encuesta pendiente:")
        .contains("• *Tu punto de partida como aliado* de Pilot: sin empezar");
    assertThat(unknown)
        .isEqualTo(
            "Ese botón de la encuesta ya no está activo. `/ally survey` te muestra lo que tienes"
                + " pendiente.");
  }
}
