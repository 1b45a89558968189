package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
    for (Message m : SampleMessages.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
    }
    assertThat(rendered(Language.EN_XA)).contains("Ŵĥáţ ŵóúĺđ ýóú đó?").contains("Ĝóţ íţ");
  }

  @Test
  void aPseudoLocaleModalTitleIsCutAtAWordBreakWithinTwentyFourCharacters() throws Exception {
    var form = SampleMessages.form(Language.EN_XA);

    JsonNode view = json(Views.modal(form, ""));

    String title = view.at("/title/text").asText();
    String submit = view.at("/submit/text").asText();
    assertThat(BlockKitLimits.viewProblems(view)).isEmpty();
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
