package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.survey.SurveySampleMessages;
import org.junit.jupiter.api.Test;

/**
 * Every survey question as an Adaptive Card in Spanish, and in the pseudo-locale within Teams'
 * limit.
 */
class SurveyCardTest {

  @Test
  void theSurveysAreSpanishCards() {
    StringBuilder all = new StringBuilder();
    for (Message m : SurveySampleMessages.all(Language.ES)) {
      all.append(AdaptiveCards.render(m)).append('\n');
    }

    assertThat(all.toString()).contains("Muy de acuerdo").doesNotContain("Strongly agree");
  }

  @Test
  void everyPseudoLocaleSurveyCardFitsTheTeamsLimit() {
    for (Message m : SurveySampleMessages.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }
}
