package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Block;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The desk in each reader's language: {@code rita} reports in Spanish, {@code ann} on the rota
 * reads Spanish and {@code ben} English; the same report reaches each in their own words.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishDeskTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private final DeskScene scene;

  SpanishDeskTest(DeskScene scene) {
    this.scene = scene;
    scene.say("rita", "language es");
    scene.say("ann", "language es");
  }

  @Test
  void aSpanishReporterGetsTheFormInSpanishWithChoicesReadBackInAnyLanguage() {
    Block.Form form = scene.say("rita", "report").form();

    assertThat(form.title()).isEqualTo("Reporte confidencial");
    assertThat(form.submitLabel()).isEqualTo("Enviar reporte");
    assertThat(form.fields().getFirst().label()).startsWith("¿Qué pasó?");
    assertThat(form.fields())
        .filteredOn(f -> f.id().equals(DeskForm.AFFECTED))
        .flatExtracting(Block.Field::choices)
        .containsExactly("a mí", "a otra persona", "a ambas");
    assertThat(form.fields())
        .filteredOn(f -> f.id().equals(DeskForm.HR))
        .extracting(Block.Field::initial)
        .containsExactly("pregúntame antes");

    scene.report("rita", "Uno.", DeskForm.AFFECTED, "a otra persona", DeskForm.HR, "sí");
    scene.report("rita", "Dos.", DeskForm.AFFECTED, "someone else", DeskForm.HR, "ask me first");
    scene.report("rita", "Tres.", DeskForm.AFFECTED, "A MI", DeskForm.HR, "preguntame antes");
    assertThat(CoreHarness.text(scene.say("ann", "desk show 1")))
        .contains("A quién afectó: a otra persona")
        .contains("Recursos Humanos: sí");
    assertThat(CoreHarness.text(scene.say("ben", "desk show 2")))
        .contains("Affected: someone else")
        .contains("HR: ask me first");
    assertThat(CoreHarness.text(scene.say("ann", "desk show 3")))
        .as("typed without accents or in capitals, a choice still counts")
        .contains("A quién afectó: a mí")
        .contains("Recursos Humanos: pregúntame antes");
  }

  @Test
  void aSpanishReportersMistakesAreNamedInSpanishOnTheirFields() {
    Reply reply =
        scene.report("rita", " ", DeskForm.WHEN, "2099-01-01", DeskForm.AFFECTED, "todos");

    assertThat(reply.fieldErrors())
        .containsEntry(DeskForm.WHAT, "Cuéntale al equipo qué pasó: bastan unas frases.")
        .containsEntry(DeskForm.AFFECTED, "Elige «a mí», «a otra persona» o «a ambas».");
    assertThat(reply.fieldErrors().get(DeskForm.WHEN)).startsWith("Esa fecha todavía no");
    assertThat(scene.dms("ann")).isEmpty();
  }

  @Test
  void theReporterIsAnsweredInSpanishAndEachRotaMemberIsToldInTheirOwnLanguage() {
    String reply = CoreHarness.text(scene.report("rita", "Se burló de mi acento otra vez."));

    assertThat(reply)
        .contains("Reporte recibido: n.º 1")
        .contains("sin tu nombre")
        .contains("`/ally report add 1 TEXTO`")
        .doesNotContain("Report received");
    assertThat(scene.lastDm("ann"))
        .isEqualTo(
            "Hay un reporte nuevo (n.º 1) esperando al equipo. `/ally desk show 1` lo abre.");
    assertThat(scene.lastDm("ben"))
        .isEqualTo("A new report (#1) is waiting at the desk. `/ally desk show 1` opens it.");
    assertThat(CoreHarness.text(scene.say("rita", "report status")))
        .contains("#1 · nuevo · Se burló de mi acento otra vez.");
  }

  @Test
  void theDesksQuestionReachesTheReporterInSpanishAndTheirAnswerReachesTheDesk() {
    scene.report("rita", "Me interrumpe siempre.", DeskForm.FOLLOW_UP, "yes");
    scene.say("ben", "desk pick 1");

    assertThat(scene.text("ben", "desk ask 1 When did it start?"))
        .contains("Your question went to the reporter of #1");
    assertThat(scene.lastDm("rita"))
        .contains("El equipo pregunta por tu reporte n.º 1:")
        .contains("When did it start?")
        .contains("`/ally report reply 1 TEXTO`");
    assertThat(scene.text("rita", "report reply 1 Hace un mes."))
        .isEqualTo("Tu respuesta ya la tiene el equipo (reporte n.º 1). Gracias.");
    assertThat(scene.lastDm("ann")).startsWith("Quien reportó respondió en el reporte n.º 1.");
    assertThat(scene.text("ben", "desk close 1 resolved"))
        .isEqualTo("Report #1 is closed: resolved informally.");
    assertThat(scene.lastDm("rita"))
        .isEqualTo(
            "El equipo cerró tu reporte n.º 1: resuelto de manera informal. Gracias por alzar la"
                + " voz.");
  }

  @Test
  void anUnpickedReportRemindsEachRotaMemberInTheirLanguage() {
    scene.report("rita", "Nadie lo ha visto.");

    scene.h.clock.advance(Duration.ofHours(24));
    assertThat(scene.bot.sendDeskReminders()).isEqualTo(1);

    assertThat(scene.lastDm("ann"))
        .startsWith("El reporte n.º 1 lleva 24 horas esperando")
        .doesNotContain("Nadie");
    assertThat(scene.lastDm("ben")).startsWith("Report #1 has waited 24 hours");
  }

  @Test
  void aSpanishSpeakersUsageErrorsAndHelpAreInSpanish() {
    assertThat(scene.say("rita", "report add x").messages().getFirst().blocks().toString())
        .contains("`x` no es un número de reporte.")
        .contains("/ally report add N TEXTO");
    assertThat(scene.text("rita", "desk"))
        .contains("El equipo de reportes es solo para las personas aliadas de su turno.");
    assertThat(scene.text("rita", "help")).contains("*Reportes confidenciales*");
  }
}
