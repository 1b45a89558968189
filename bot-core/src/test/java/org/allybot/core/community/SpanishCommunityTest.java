package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Spanish-speaking member asks the community and another gives advice, both in Spanish. */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishCommunityTest {
  @RegisterExtension static final PerTest<CommunityScene> SCENE = CommunityScene.perTest();
  private final CommunityScene scene;

  SpanishCommunityTest(CommunityScene scene) {
    this.scene = scene;
  }

  @Test
  void theAskFormTheConfirmationAndTheAdviceRepliesAreInSpanish() {
    scene.say("alice", "language es");
    scene.say("bruno", "language es");

    Reply form = scene.say("alice", "ask");
    assertThat(form.form().title()).isEqualTo("Pregunta a la comunidad");
    assertThat(form.form().submitLabel()).isEqualTo("Publicar");
    assertThat(form.form().fields().getFirst().label())
        .isEqualTo("La situación: ¿qué pasó? (no hacen falta nombres)");

    Reply empty = scene.submit("alice", "community.ask", Map.of("situation", " "));
    assertThat(empty.fieldErrors())
        .containsEntry("situation", "Describe la situación: basta con una o dos frases.");

    Reply asked =
        scene.ask("alice", "Un compañero se atribuyó mi idea delante del equipo ayer.", true);
    assertThat(CoreHarness.text(asked))
        .contains("Tu pregunta está publicada en <#C1> como #1, de forma anónima")
        .contains("[1] Editar sentidos")
        .contains("[2] Resolver");

    assertThat(CoreHarness.text(scene.say("bruno", "advise 1")))
        .isEqualTo(
            "No se ha publicado nada: escribe tu texto después del número, así:"
                + " `/ally advise 1 TEXTO`.");
    assertThat(CoreHarness.text(scene.say("bruno", "advise 1 Pregúntale primero qué prefiere.")))
        .contains("Tu consejo está publicado en el hilo de #1 como")
        .contains("¡Gracias!");
    assertThat(CoreHarness.text(scene.privateTo("alice").getLast().message()))
        .contains("Nuevo consejo sobre tu pregunta #1 en <#C1>, de ")
        .contains("Responde a este mensaje para contestar en el hilo como «Asker»")
        .contains("[1] Resolver");
    assertThat(CoreHarness.text(scene.say("bruno", "followup 1 Algo más")))
        .isEqualTo(
            "Solo quien preguntó #1 puede añadir algo a la pregunta. Para responderla, usa"
                + " `/ally advise 1 TEXTO`.");
  }
}
