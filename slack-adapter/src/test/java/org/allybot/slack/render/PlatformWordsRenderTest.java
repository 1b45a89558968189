package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.allybot.content.ScenarioStep;
import org.allybot.core.language.Language;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.language.SampleMessages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.core.recognition.RecognitionSamples;
import org.junit.jupiter.api.Test;

/**
 * The words Slack's renderer adds around the core's blocks (the "Choose" and "Your answer" buttons
 * of a poll whose options are too long for buttons, a people picker's placeholder) are in the
 * poll's or form's language.
 */
class PlatformWordsRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object value) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(value));
  }

  /** The poll, and its feedback, of the scenario whose longest option is longest. */
  private static String longOptionsPoll(Language language) throws Exception {
    var scenario =
        SampleMessages.CURRICULUM.scenarios().stream()
            .map(s -> LocalContent.scenario(SampleMessages.CURRICULUM, s.id(), language))
            .flatMap(java.util.Optional::stream)
            .max(
                Comparator.comparingInt(l ->
                    l.item().opening().options().stream()
                        .mapToInt(o -> o.label().length())
                        .max()
                        .orElse(0)))
            .orElseThrow();
    var localized =
        LocalContent.scenario(SampleMessages.CURRICULUM, scenario.item().id(), language)
            .orElseThrow();
    ScenarioStep step = localized.item().opening();
    assertThat(step.options().stream().mapToInt(o -> o.label().length()).max().orElse(0))
        .as("an option too long for a button")
        .isGreaterThan(BlockKit.LABEL_LIMIT);
    Messages say = Messages.in(language);
    Message feedback =
        PollMessages.feedback(
            say,
            localized,
            step,
            new PollChoice(
                "pilot", localized.item().id(), step.id(), step.options().getFirst().id()),
            Map.of());
    return json(BlockKit.blocks(PollMessages.poll(say, localized, step, "pilot"))).toString()
        + json(BlockKit.blocks(feedback));
  }

  @Test
  void aPseudoLocalePollWithOptionsTooLongForButtonsHasChooseButtonsInItsLanguage()
      throws Exception {
    String pseudo = longOptionsPoll(Language.EN_XA);

    assertThat(pseudo)
        .contains("\"text\":\"Çĥóóšé")
        .contains("\"text\":\"Ýóúŕ áñšŵéŕ")
        .doesNotContain("\"text\":\"Choose\"")
        .doesNotContain("\"text\":\"Your answer\"");
  }

  @Test
  void spanishChoicesTooLongForButtonsHaveSpanishChooseButtons() throws Exception {
    String option =
        "Hablo con mi colega en privado y le pregunto qué necesita de mí la próxima vez";
    Block.Choices choices =
        new Block.Choices(
            List.of(
                Button.of(option, "poll.answer", "a"), Button.of(option + ".", "poll.answer", "b")),
            "b",
            "es");

    String spanish = json(BlockKit.blocks(Message.of("encuesta", choices))).toString();

    assertThat(spanish)
        .contains("\"text\":\"Elige\"")
        .contains("\"text\":\"Tu respuesta\"")
        .doesNotContain("Choose")
        .doesNotContain("Your answer");
  }

  @Test
  void theSpanishPeoplePickerAsksInSpanish() throws Exception {
    JsonNode view = json(Views.modal(RecognitionSamples.form(Language.ES), ""));

    assertThat(view.at("/blocks/0/element/placeholder/text").asText())
        .isEqualTo("Elige a una persona");
  }
}
