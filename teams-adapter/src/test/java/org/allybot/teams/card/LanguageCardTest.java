package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.allybot.core.language.Language;
import org.allybot.core.language.PseudoLocale;
import org.allybot.core.language.SampleMessages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/**
 * The member's path as Adaptive Cards in Spanish and in the pseudo-locale: every card stays within
 * Teams' ~28 KB message limit, and text that must be cut ends at a word with an ellipsis.
 */
class LanguageCardTest {
  @Test
  void theMembersPathRendersInSpanish() {
    StringBuilder all = new StringBuilder();
    for (Message m : SampleMessages.all(Language.ES)) {
      all.append(SentCards.text(AdaptiveCards.render(m))).append('\n');
    }

    assertThat(all.toString())
        .contains("¿Qué harías?")
        .contains("**Elegiste:**")
        .contains("(10 respuestas)")
        .contains("**Prueba esta semana:**")
        .contains("¿Pudiste probarlo?")
        .contains("Hola, soy Allybot")
        .doesNotContain("What would you do?");
    var lesson = AdaptiveCards.render(SampleMessages.all(Language.ES).get(2));
    assertThat(SentCards.actionData(lesson, "Lo voy a probar")).isNotNull();
  }

  @Test
  void everyPseudoLocaleCardFitsTheTeamsLimit() {
    for (Message m : SampleMessages.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }

  @Test
  void aPseudoLocaleTextTooBigForOneCardIsCutAtAWord() {
    String all =
        SampleMessages.CURRICULUM.lessons().stream()
            .map(l -> l.body())
            .collect(java.util.stream.Collectors.joining(" "));
    String pseudo = PseudoLocale.of(all);
    Message huge = Message.of("huge", new Block.Header("Huge"), new Block.Text(pseudo));

    JsonNode card = AdaptiveCards.render(huge);

    assertThat(pseudo.length()).isGreaterThan(CardSize.TEAMS_MESSAGE_LIMIT);
    assertThat(CardLimits.problems(card)).isEmpty();
    List<String> cut =
        card.findValues("text").stream()
            .map(JsonNode::asText)
            .filter(t -> t.endsWith("…"))
            .toList();
    assertThat(cut).hasSize(1);
    String kept = cut.getFirst().substring(0, cut.getFirst().length() - 1);
    assertThat(pseudo).startsWith(kept);
    assertThat(pseudo.charAt(kept.length())).as("cut before a space, not mid-word").isEqualTo(' ');
  }
}
