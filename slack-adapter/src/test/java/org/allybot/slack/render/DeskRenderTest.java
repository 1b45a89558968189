package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.allybot.core.desk.DeskSampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/**
 * The report desk's modal and messages in Spanish and in the pseudo-locale (every letter accented,
 * 40% longer): Slack's limits hold (modal title and submit 24, labels 2,000, options 75, sections
 * 3,000, buttons 75), and a cut title ends at a word.
 */
class DeskRenderTest {
  @Test
  void theSpanishModalIsSpanishThroughout() throws Exception {
    JsonNode view = json(Views.modal(DeskSampleMessages.form(Language.ES), ""));

    assertThat(view.at("/title/text").asText()).isEqualTo("Reporte confidencial");
    assertThat(view.at("/submit/text").asText()).isEqualTo("Enviar reporte");
    assertThat(view.at("/close/text").asText()).isEqualTo("Cancelar");
    assertThat(view.at("/blocks/6/element/options/0/text/text").asText()).isEqualTo("Sí");
    assertThat(view.at("/blocks/5/element/placeholder/text").asText()).isEqualTo("Elige");
    assertThat(view.toString())
        .contains("¿Quién lo hizo? (opcional: menciónalo con @ o escribe un nombre)")
        .contains("\"a ambas\"")
        .doesNotContain("Who did it?")
        .doesNotContain("\"Yes\"")
        .doesNotContain("Cancel\"");
  }

  @Test
  void thePseudoLocaleModalKeepsToSlacksLimitsAndCutsTheTitleAtAWord() throws Exception {
    Block.Form form = DeskSampleMessages.form(Language.EN_XA);
    JsonNode view = json(Views.modal(form, ""));

    String title = view.at("/title/text").asText();
    assertThat(BlockKitLimits.viewProblems(view)).isEmpty();
    String kept = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
    assertThat(form.title()).startsWith(kept);
    assertThat(form.title().length() == kept.length() || form.title().charAt(kept.length()) == ' ')
        .as("cut at a word break: " + title)
        .isTrue();
    assertThat(view.toString()).contains("Ŵĥó ŵáš áƒƒéçţéđ?");
  }

  @Test
  void everyPseudoLocaleDeskMessageKeepsToSlacksLimits() {
    for (Message m : DeskSampleMessages.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
    }
  }

  @Test
  void theDesksMessagesRenderInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : DeskSampleMessages.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }

    assertThat(all.toString())
        .contains("Reporte recibido: n.º 12")
        .contains("Mantenerlo sellado")
        .contains("Sí, que intervenga RR. HH.")
        .contains("Reportes abiertos")
        .contains("Cifras del equipo de reportes")
        .contains("menos de 5")
        .doesNotContain("Report received");
  }
}
