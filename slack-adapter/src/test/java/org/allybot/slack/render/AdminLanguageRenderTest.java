package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.allybot.core.language.AdminSampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/**
 * What admins see (the campaign report at its longest, a nudge, the new-campaign form) as Block Kit
 * in Spanish and in the pseudo-locale: Slack's limits hold.
 */
class AdminLanguageRenderTest {
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
  void pseudoLocaleAdminTextsKeepToSlacksLimits() {
    for (Message m : AdminSampleMessages.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
    }
  }

  @Test
  void theSpanishCampaignFormKeepsTheModalLimits() throws Exception {
    JsonNode view = json(Views.modal(AdminSampleMessages.campaignForm(Language.ES), ""));

    assertThat(view.at("/title/text").asText()).isEqualTo("Nueva campaña");
    assertThat(view.at("/submit/text").asText()).isEqualTo("Crear");
    assertThat(BlockKitLimits.problems(AdminSampleMessages.campaignForm(Language.EN_XA))).isEmpty();
  }
}
