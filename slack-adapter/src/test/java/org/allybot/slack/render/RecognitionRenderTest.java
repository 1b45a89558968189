package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.RecognitionSamples;
import org.junit.jupiter.api.Test;

/**
 * Recognition's messages and form as Block Kit in Spanish and in the pseudo-locale, at their
 * longest: Slack's limits hold.
 */
class RecognitionRenderTest {
  @Test
  void pseudoLocaleRecognitionMessagesKeepToSlacksLimits() {
    for (Message m : RecognitionSamples.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
      assertThat(BlockKit.fallback(m)).isNotBlank();
    }
  }

  @Test
  void thePseudoLocaleFormFitsAModal() throws Exception {
    JsonNode view = json(Views.modal(RecognitionSamples.form(Language.EN_XA), ""));

    assertThat(BlockKitLimits.viewProblems(view)).isEmpty();
    assertThat(view.at("/blocks/0/element/type").asText()).isEqualTo("users_select");
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
