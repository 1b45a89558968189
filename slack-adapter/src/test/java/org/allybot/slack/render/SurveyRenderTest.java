package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.survey.SurveySampleMessages;
import org.junit.jupiter.api.Test;

/**
 * Every survey question in Spanish and in the pseudo-locale (every letter accented, 40% longer):
 * Slack's limits hold (sections 3,000, headers 150, buttons 75).
 */
class SurveyRenderTest {
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
  void everyPseudoLocaleSurveyQuestionKeepsToSlacksLimits() {
    for (Message m : SurveySampleMessages.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
    }
  }
}
