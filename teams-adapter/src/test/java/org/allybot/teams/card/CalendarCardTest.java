package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.calendar.CalendarSamples;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;

/** The calendar's messages as Adaptive Cards, in Spanish and in the pseudo-locale. */
class CalendarCardTest {
  @Test
  void theCalendarReadsInSpanishWithSpanishButtons() {
    var invitation = AdaptiveCards.render(CalendarSamples.all(Language.ES).getFirst());

    assertThat(SentCards.text(invitation)).contains("Te invitamos a un círculo de escucha");
    assertThat(SentCards.actionData(invitation, "Voy").toString()).contains("calendar.rsvp");
    assertThat(SentCards.actionData(invitation, "No puedo").toString()).contains("|cant");
  }

  @Test
  void everyPseudoLocaleCalendarCardFitsTheTeamsLimit() {
    for (Message m : CalendarSamples.all(Language.EN_XA)) {
      assertThat(CardLimits.problems(m)).isEmpty();
    }
  }
}
