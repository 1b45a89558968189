package org.allybot.slack.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.util.List;
import java.util.Map;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.slack.render.Views;
import org.junit.jupiter.api.Test;

class ShortcutHandlerTest {
  static final Block.Form ASK =
      new Block.Form(
          "community.ask",
          "Ask allies",
          List.of(
              new Block.Field(
                  "situation",
                  "The situation",
                  Block.FieldType.LONG_TEXT,
                  true,
                  2000,
                  List.of(),
                  ""),
              new Block.Field(
                  "anonymous",
                  "Post anonymously",
                  Block.FieldType.YES_NO,
                  false,
                  3,
                  List.of(),
                  "yes")),
          "Post");

  static JsonNode json(View view) throws Exception {
    return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(view));
  }

  @Test
  void theQuoteGoesIntoTheSituationOnlyWhenGiven() throws Exception {
    JsonNode quoted =
        json(
            ShortcutHandler.askView(
                Messages.english(), Reply.openForm(ASK), "They said my idea was theirs"));
    JsonNode plain = json(ShortcutHandler.askView(Messages.english(), Reply.openForm(ASK), ""));

    assertThat(quoted.at("/blocks/0/element/initial_value").asText())
        .isEqualTo("They said my idea was theirs");
    assertThat(plain.at("/blocks/0/element/initial_value").isMissingNode()).isTrue();
  }

  @Test
  void someoneElsesMessageIsOnlyOfferedBehindAConfirmationThatDefaultsToNo() throws Exception {
    JsonNode confirm =
        json(ShortcutHandler.confirmation(Messages.english(), "A colleague's words"));

    assertThat(confirm.path("callback_id").asText()).isEqualTo(ShortcutHandler.QUOTE_CALLBACK);
    assertThat(confirm.at("/blocks/0/element/type").asText()).isEqualTo("radio_buttons");
    assertThat(confirm.at("/blocks/0/element/initial_option/value").asText()).isEqualTo("no");
    assertThat(Metadata.parse(confirm.path("private_metadata").asText()).quote())
        .isEqualTo("A colleague's words");
  }

  @Test
  void aVeryLongQuoteStillFitsTheModalsMetadata() throws Exception {
    String quote = "\"quoted\"\n".repeat(300);

    JsonNode confirm = json(ShortcutHandler.confirmation(Messages.english(), quote));

    assertThat(confirm.path("private_metadata").asText().length()).isLessThanOrEqualTo(3000);
  }

  @Test
  void withoutACommunityFormTheCoresAnswerIsShownInANotice() throws Exception {
    JsonNode notice =
        json(
            ShortcutHandler.askView(
                Messages.english(), Reply.text("Ask an admin to set a community channel."), "x"));

    assertThat(notice.path("type").asText()).isEqualTo("modal");
    assertThat(notice.path("submit").isMissingNode()).isTrue();
    assertThat(notice.toString()).contains("Ask an admin");
  }

  @Test
  void fieldErrorsAreKeyedByTheModalsBlockIdsAndStrayOnesGoOnTheFirstField() {
    View view = Views.modal(ASK, "");

    Map<String, String> errors =
        ViewHandler.errorsFor(view, Map.of("situation", "Say what happened.", "elsewhere", "Odd."));

    assertThat(errors.keySet()).containsOnly("situation");
    assertThat(errors.get("situation")).contains("Say what happened.").contains("Odd.");
  }
}
