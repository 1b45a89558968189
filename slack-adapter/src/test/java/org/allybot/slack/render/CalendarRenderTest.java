package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.calendar.CalendarSamples;
import org.allybot.core.language.Language;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/** The calendar's messages and modals as Block Kit, in Spanish and in the pseudo-locale. */
class CalendarRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object o) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(o));
  }

  @Test
  void theCalendarReadsInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : CalendarSamples.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }
    assertThat(all.toString())
        .contains("Te invitamos a un círculo de escucha")
        .contains("\"Voy\"")
        .contains("Está completo, así que eres el número 12 de la lista de espera.")
        .contains("Mañana:")
        .contains("¿Qué es algo que vas a probar?")
        .contains("¿Puedes publicar un breve resumen en el canal de la comunidad?")
        .doesNotContain("You're invited");
  }

  @Test
  void pseudoLocaleCalendarTextsKeepToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : CalendarSamples.all(Language.EN_XA)) {
      for (JsonNode block : json(BlockKit.blocks(m))) {
        String type = block.path("type").asText();
        if (type.equals("section") || type.equals("context")) {
          block
              .findValues("text")
              .forEach(t -> {
                String text = t.isTextual() ? t.asText() : t.path("text").asText();
                if (text.length() > BlockKit.SECTION_LIMIT) {
                  problems.add(type + " of " + text.length());
                }
              });
        }
        if (type.equals("header")
            && block.at("/text/text").asText().length() > BlockKit.HEADER_LIMIT) {
          problems.add("header " + block.at("/text/text").asText().length());
        }
        for (JsonNode element : block.path("elements")) {
          if (element.path("type").asText().equals("button")
              && element.at("/text/text").asText().length() > BlockKit.LABEL_LIMIT) {
            problems.add("button " + element.at("/text/text").asText());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void pseudoLocaleCalendarModalsKeepTitlesAndLabelsWithinSlacksLimits() throws Exception {
    for (Block.Form form : CalendarSamples.forms(Language.EN_XA)) {
      JsonNode view = json(Views.modal(form, ""));
      assertThat(view.at("/title/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
      assertThat(view.at("/submit/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
      for (JsonNode label : view.path("blocks").findValues("label")) {
        assertThat(label.path("text").asText().length())
            .as(label.toString())
            .isLessThanOrEqualTo(2000);
      }
    }
  }
}
