package org.allybot.slack.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.language.AdminSampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/**
 * What admins see (the campaign report at its longest, a nudge, the new-campaign form) as Block Kit
 * in Spanish and in the pseudo-locale: Slack's limits hold.
 */
class AdminLanguageRenderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Object blocks) throws Exception {
    return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
  }

  @Test
  void theReportAndTheNudgeRenderInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : AdminSampleMessages.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }
    assertThat(all.toString())
        .contains("Informe de la campaña: Pilot")
        .contains("sólida 50 %")
        .contains("3,25 (IC del 95 %: 2,75–3,75; n=50)")
        .contains("-0,50 (IC del 95 %: de -1,25 a +0,25; pareado, n=50)")
        .contains("Espera mediana hasta el primer consejo: 3 días")
        .contains("No me avises más")
        .doesNotContain("Campaign report");
  }

  @Test
  void pseudoLocaleAdminTextsKeepToSlacksLimits() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Message m : AdminSampleMessages.all(Language.EN_XA)) {
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
  void theSpanishCampaignFormKeepsTheModalLimits() throws Exception {
    JsonNode view = json(Views.modal(AdminSampleMessages.campaignForm(Language.ES), ""));

    assertThat(view.at("/title/text").asText()).isEqualTo("Nueva campaña");
    assertThat(view.at("/submit/text").asText()).isEqualTo("Crear");
    JsonNode pseudo = json(Views.modal(AdminSampleMessages.campaignForm(Language.EN_XA), ""));
    assertThat(pseudo.at("/title/text").asText().length()).isLessThanOrEqualTo(Views.TITLE_LIMIT);
  }
}
