package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.survey.SurveySampleMessages;
import org.junit.jupiter.api.Test;

/**
 * Every survey question in Spanish and in the pseudo-locale (every letter accented, 40% longer):
 * Slack's limits hold (sections 3,000, headers 150, buttons 75).
 */
class SurveyRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object value) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(value));
  }

  @Test
  void theSurveysRenderInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : SurveySampleMessages.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }

    assertThat(all.toString())
        .contains("Muy de acuerdo")
        .contains("Saltar esta")
        .doesNotContain("Strongly agree")
        .doesNotContain("Skip this");
  }

  @Test
  void everyPseudoLocaleSurveyQuestionKeepsToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : SurveySampleMessages.all(Language.EN_XA)) {
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
          problems.add("header over 150");
        }
        for (JsonNode element : block.path("elements")) {
          if (element.path("type").asText().equals("button")
              && element.at("/text/text").asText().length() > BlockKit.LABEL_LIMIT) {
            problems.add("button over 75: " + element.at("/text/text").asText());
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
