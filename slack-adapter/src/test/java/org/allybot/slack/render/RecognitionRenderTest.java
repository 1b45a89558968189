package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.RecognitionSamples;
import org.junit.jupiter.api.Test;

/**
 * Recognition's messages and form as Block Kit in Spanish and in the pseudo-locale, at their
 * longest: Slack's limits hold.
 */
class RecognitionRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object o) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(o));
  }

  @Test
  void pseudoLocaleRecognitionMessagesKeepToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : RecognitionSamples.all(Language.EN_XA)) {
      for (JsonNode block : json(BlockKit.blocks(m))) {
        String type = block.path("type").asText();
        if (type.equals("section") || type.equals("context")) {
          for (JsonNode t : block.findValues("text")) {
            String text = t.isTextual() ? t.asText() : t.path("text").asText();
            if (text.length() > BlockKit.SECTION_LIMIT) {
              problems.add(type + " of " + text.length());
            }
          }
        }
        for (JsonNode element : block.path("elements")) {
          if (element.path("type").asText().equals("button")
              && element.at("/text/text").asText().length() > BlockKit.LABEL_LIMIT) {
            problems.add("button " + element.at("/text/text").asText());
          }
        }
      }
      assertThat(BlockKit.fallback(m)).isNotBlank();
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void thePseudoLocaleFormFitsAModal() throws Exception {
    JsonNode view = json(Views.modal(RecognitionSamples.form(Language.EN_XA), ""));

    assertThat(view.at("/title/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    assertThat(view.at("/submit/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    assertThat(view.at("/blocks/0/element/type").asText()).isEqualTo("users_select");
    for (JsonNode block : view.path("blocks")) {
      assertThat(block.at("/label/text").asText().length()).isLessThanOrEqualTo(2000);
    }
  }

  @Test
  void recognitionRendersInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : RecognitionSamples.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }
    JsonNode view = json(Views.modal(RecognitionSamples.form(Language.ES), ""));

    assertThat(all.toString())
        .contains("Me parece que esto es *Ver el privilegio*")
        .contains("Te han dado las gracias")
        .contains("Sí, compártelo")
        .contains("Dejar de compartirlo")
        .contains("da las gracias a <@U0RECIPIENT> por:")
        .doesNotContain("thanked");
    assertThat(view.at("/title/text").asText()).isEqualTo("Reconocer un gesto");
    assertThat(view.at("/blocks/0/label/text").asText()).isEqualTo("¿A quién das las gracias?");
  }
}
