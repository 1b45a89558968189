package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.language.SampleMessages;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/**
 * The member's path rendered as Block Kit in Spanish and in the pseudo-locale (every letter
 * accented, 40% longer): Slack's limits hold and nothing is cut mid-word.
 */
class LanguageRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object blocks) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
  }

  private static String rendered(Language language) throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : SampleMessages.all(language)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }
    return all.toString();
  }

  @Test
  void theMembersPathRendersInSpanish() throws Exception {
    String blocks = rendered(Language.ES);

    assertThat(blocks)
        .contains("¿Qué harías?")
        .contains("Tu respuesta es privada.")
        .contains("*Elegiste:*")
        .contains("*Cómo respondieron los demás* (10 respuestas):")
        .contains("Lo voy a probar")
        .contains("*Prueba esta semana:*")
        .contains("El 14 de diciembre de 2026 te pregunto qué tal fue.")
        .contains("¿Pudiste probarlo?")
        .contains("Repaso rápido")
        .contains("Hola, soy Allybot")
        .contains("Allybot: unos minutos para practicar")
        .doesNotContain("What would you do?")
        .doesNotContain("I'll try this");
  }

  @Test
  void pseudoLocaleTextsKeepToSlacksLimitsWithoutCuttingAWord() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : SampleMessages.all(Language.EN_XA)) {
      for (JsonNode block : json(BlockKit.blocks(m))) {
        check(block, problems);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(rendered(Language.EN_XA)).contains("Ŵĥáţ ŵóúĺđ ýóú đó?").contains("Ĝóţ íţ");
  }

  private static void check(JsonNode block, List<String> problems) {
    String type = block.path("type").asText();
    if (type.equals("section") || type.equals("context")) {
      block
          .findValues("text")
          .forEach(t -> {
            String text = t.isTextual() ? t.asText() : t.path("text").asText();
            if (text.length() > BlockKit.SECTION_LIMIT) {
              problems.add(type + " of " + text.length() + " characters");
            }
          });
    }
    if (type.equals("header") && block.at("/text/text").asText().length() > BlockKit.HEADER_LIMIT) {
      problems.add("header over 150: " + block.at("/text/text").asText());
    }
    for (JsonNode element : block.path("elements")) {
      String label = element.at("/text/text").asText();
      if (element.path("type").asText().equals("button") && label.length() > BlockKit.LABEL_LIMIT) {
        problems.add("button over 75: " + label);
      }
    }
  }

  @Test
  void aPseudoLocaleModalTitleIsCutAtAWordBreakWithinTwentyFourCharacters() throws Exception {
    var form = SampleMessages.form(Language.EN_XA);

    JsonNode view = json(Views.modal(form, ""));

    String title = view.at("/title/text").asText();
    String submit = view.at("/submit/text").asText();
    assertThat(title.length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    assertThat(submit.length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
    for (String[] shownAndFull :
        List.of(new String[] {title, form.title()}, new String[] {submit, form.submitLabel()})) {
      String shown = shownAndFull[0];
      String kept = shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
      assertThat(shownAndFull[1]).startsWith(kept);
      assertThat(
              shownAndFull[1].length() == kept.length()
                  || shownAndFull[1].charAt(kept.length()) == ' ')
          .as("cut at a word break: " + shown)
          .isTrue();
    }
  }
}
