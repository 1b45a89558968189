package org.allybot.slack.render;

import static org.allybot.slack.render.BlockKitLimits.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.calendar.CalendarSamples;
import org.allybot.core.language.Language;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.junit.jupiter.api.Test;

/** The calendar's messages and modals as Block Kit, in Spanish and in the pseudo-locale. */
class CalendarRenderTest {
  @Test
  void theCalendarReadsInSpanish() throws Exception {
    StringBuilder all = new StringBuilder();
    for (Message m : CalendarSamples.all(Language.ES)) {
      all.append(json(BlockKit.blocks(m))).append('\n');
    }
    assertThat(all.toString())
        .contains("Te invitamos a un círculo de escucha")
        .contains("\"Voy\"")
        .contains("Está completo, así que eres el número 12 de la lista de espera.")
        .contains("Mañana:")
        .contains("¿Qué es algo que vas a probar?")
        .contains("¿Puedes publicar un breve resumen en el canal de la comunidad?")
        .doesNotContain("You're invited");
  }

  @Test
  void pseudoLocaleCalendarTextsKeepToSlacksLimits() {
    for (Message m : CalendarSamples.all(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(m)).as(m.summary()).isEmpty();
    }
  }

  @Test
  void pseudoLocaleCalendarModalsKeepTitlesAndLabelsWithinSlacksLimits() throws Exception {
    for (Block.Form form : CalendarSamples.forms(Language.EN_XA)) {
      assertThat(BlockKitLimits.problems(form)).as(form.formId()).isEmpty();
    }
  }
}
