package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.community.CommunitySampleMessages;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/**
 * The community's posts, each at its longest, as Adaptive Cards in Spanish and in the
 * pseudo-locale: every card fits Teams' message limit.
 */
class CommunityCardTest {

  @Test
  void theCommunitysPostsAreSpanishCards() {
    StringBuilder all = new StringBuilder();
    for (Message m : CommunitySampleMessages.all(Language.ES)) {
      all.append(SentCards.text(AdaptiveCards.render(m))).append('\n');
    }

    assertThat(all.toString()).contains("Persona aliada 12").doesNotContain("Ally 12");
  }

  @Test
  void everyPseudoLocaleCommunityCardFitsTheTeamsLimit() {
    for (Message m : CommunitySampleMessages.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }
}
