package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.allybot.core.desk.DeskSampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/**
 * The report desk's card form and messages in Spanish and in the pseudo-locale: every card stays
 * within Teams' ~28 KB message limit.
 */
class DeskCardTest {
  @Test
  void theSpanishCardFormIsSpanishThroughout() {
    JsonNode card =
        FormCards.render(
            DeskSampleMessages.form(Language.ES), java.util.Map.of(), java.util.Map.of());

    assertThat(card.toString())
        .contains("Reporte confidencial")
        .contains("¿Dónde? (una reunión, un canal, la oficina…)")
        .contains("\"pregúntame antes\"")
        .doesNotContain("Where?");
    assertThat(SentCards.actionData(card, "Enviar reporte")).isNotNull();

    JsonNode refused =
        FormCards.render(
            DeskSampleMessages.form(Language.ES),
            java.util.Map.of(),
            java.util.Map.of("what", "Cuéntale al equipo qué pasó."));
    assertThat(refused.toString())
        .contains("Corrige los campos marcados abajo")
        .contains("\"errorMessage\":\"Obligatorio\"")
        .doesNotContain("Please fix")
        .doesNotContain("\"Required\"");
  }

  @Test
  void aFormsLanguageTravelsWithItsCardAndAnOlderCardWithoutOneIsEnglish() {
    JsonNode card =
        FormCards.render(
            DeskSampleMessages.form(Language.ES), java.util.Map.of(), java.util.Map.of());
    var pressed = CardActions.read(SentCards.actionData(card, "Enviar reporte")).orElseThrow();
    assertThat(((CardActions.Pressed.FormSubmit) pressed).form().language()).isEqualTo("es");

    var older =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            SentCards.actionData(card, "Enviar reporte").deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) older.findParent("spec").get("spec"))
        .remove("language");
    var read = CardActions.read(older).orElseThrow();
    assertThat(((CardActions.Pressed.FormSubmit) read).form().language()).isEqualTo("en");
  }

  @Test
  void everyPseudoLocaleDeskCardFitsTheTeamsLimit() {
    assertThat(CardLimits.problems(DeskSampleMessages.form(Language.EN_XA))).isEmpty();
    for (Message m : DeskSampleMessages.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }
}
