package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.allybot.core.language.AdminSampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/** What admins see as Adaptive Cards, in Spanish and in the pseudo-locale, within Teams' limit. */
class AdminLanguageCardTest {
  @Test
  void theReportRendersInSpanish() {
    JsonNode card = AdaptiveCards.render(AdminSampleMessages.all(Language.ES).getFirst());

    assertThat(SentCards.text(card))
        .contains("Informe de la campaña: Pilot")
        .contains("**Participación**")
        .contains("Solo lo ves tú.");
  }

  @Test
  void everyPseudoLocaleAdminCardFitsTheTeamsLimit() {
    for (Message m : AdminSampleMessages.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }
}
