package org.allybot.slack.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts' own modals (the quote question, the notices when no form can open) speak the
 * member's language, their close and submit buttons too.
 */
class SpanishShortcutViewsTest {
  private static final Messages SPANISH = Messages.in(Language.ES);

  private static JsonNode json(View view) throws Exception {
    return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(view));
  }

  @Test
  void theQuoteQuestionIsAskedInSpanish() throws Exception {
    JsonNode view = json(ShortcutHandler.confirmation(SPANISH, "Lo que dijo mi colega"));

    assertThat(view.at("/title/text").asText()).isEqualTo("Pedir consejo");
    assertThat(view.at("/submit/text").asText()).isEqualTo("Continuar");
    assertThat(view.at("/close/text").asText()).isEqualTo("Cancelar");
    assertThat(view.at("/blocks/0/label/text").asText())
        .startsWith("Este mensaje lo escribió otra persona.");
    assertThat(view.at("/blocks/0/element/options/0/text/text").asText()).isEqualTo("Sí");
  }

  @Test
  void aShortcutThatCannotOpenItsFormSaysWhyInSpanish() throws Exception {
    JsonNode ask = json(ShortcutHandler.askView(SPANISH, Reply.none(), ""));
    JsonNode thanks = json(ThanksShortcut.view(SPANISH, Reply.none(), ""));

    assertThat(ask.at("/title/text").asText()).isEqualTo("Pedir consejo");
    assertThat(ask.at("/close/text").asText()).isEqualTo("Cerrar");
    assertThat(ask.toString()).contains("Todavía no se puede pedir consejo");
    assertThat(thanks.at("/title/text").asText()).isEqualTo("Reconocer un gesto");
    assertThat(thanks.toString())
        .contains("El reconocimiento no está disponible ahora mismo.")
        .doesNotContain("Close");
  }
}
