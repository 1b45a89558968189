package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.RecognitionSamples;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/**
 * Recognition's messages and form as Adaptive Cards in Spanish and in the pseudo-locale, at their
 * longest: every card fits Teams' message limit.
 */
class RecognitionCardTest {
  @Test
  void everyPseudoLocaleRecognitionCardFitsTheTeamsLimit() {
    for (Message m : RecognitionSamples.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
    assertThat(CardLimits.problems(RecognitionSamples.form(Language.EN_XA))).isEmpty();
  }

  @Test
  void recognitionCardsRenderInSpanish() {
    StringBuilder all = new StringBuilder();
    for (Message m : RecognitionSamples.all(Language.ES)) {
      all.append(SentCards.text(AdaptiveCards.render(m))).append('\n');
    }
    JsonNode form = FormCards.render(RecognitionSamples.form(Language.ES), Map.of(), Map.of());

    assertThat(all.toString())
        .contains("Te han dado las gracias")
        .contains("Compartido en")
        .doesNotContain("thanked");
    assertThat(
            SentCards.actionData(
                AdaptiveCards.render(RecognitionSamples.all(Language.ES).get(3)),
                "Dejar de compartirlo"))
        .isNotNull();
    assertThat(form.toString()).contains("¿A quién das las gracias?").contains("Dar las gracias");
  }
}
