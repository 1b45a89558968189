package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
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
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object value) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(value));
  }

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
    assertThat(title.length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    assertThat(view.at("/submit/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    String kept = title.endsWith("…") ? title.substring(0, title.length() - 1) : title;
    assertThat(form.title()).startsWith(kept);
    assertThat(form.title().length() == kept.length() || form.title().charAt(kept.length()) == ' ')
        .as("cut at a word break: " + title)
        .isTrue();
    List<String> problems = new ArrayList<>();
    for (JsonNode block : view.path("blocks")) {
      if (block.at("/label/text").asText().length() > 2000) {
        problems.add("label over 2,000");
      }
      for (JsonNode option : block.at("/element/options")) {
        if (option.at("/text/text").asText().length() > Views.OPTION_LIMIT) {
          problems.add("option over 75: " + option.at("/text/text").asText());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(view.toString()).contains("Ŵĥó ŵáš áƒƒéçţéđ?");
  }

  @Test
  void everyPseudoLocaleDeskMessageKeepsToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : DeskSampleMessages.all(Language.EN_XA)) {
      for (JsonNode block : json(BlockKit.blocks(m))) {
        String type = block.path("type").asText();
        if (type.equals("section") || type.equals("context")) {
          for (JsonNode t : block.findValues("text")) {
            String text = t.isTextual() ? t.asText() : t.path("text").asText();
            if (text.length() > BlockKit.SECTION_LIMIT) {
              problems.add(type + " of " + text.length() + " characters");
            }
          }
        }
        if (type.equals("header")
            && block.at("/text/text").asText().length() > BlockKit.HEADER_LIMIT) {
          problems.add("header over 150: " + block.at("/text/text").asText());
        }
        for (JsonNode element : block.path("elements")) {
          String label = element.at("/text/text").asText();
          if (element.path("type").asText().equals("button")
              && label.length() > BlockKit.LABEL_LIMIT) {
            problems.add("button over 75: " + label);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
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
