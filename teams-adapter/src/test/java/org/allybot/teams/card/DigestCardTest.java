package org.allybot.teams.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.CoreHarness;
import org.allybot.core.digest.DigestSamples;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The weekly digest at its longest (every lesson and poll of the pack in one week, a featured
 * thread and thanks at their limits) as an Adaptive Card, in the pseudo-locale and in Spanish: it
 * fits Teams' message limit, keeps the card rules, and cuts a text only between words.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class DigestCardTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private static final Pattern BEFORE_ELLIPSIS = Pattern.compile("(?<!\\p{L})(\\p{L}+)…");

  private final CoreHarness h;

  DigestCardTest(CoreHarness h) {
    this.h = h;
  }

  @Test
  void thePseudoLocaleDigestFitsTheTeamsLimit() {
    JsonNode card = AdaptiveCards.render(DigestSamples.longest(h, Language.EN_XA));

    assertThat(CardLimits.problems(card)).isEmpty();
    assertThat(AdaptiveCardRules.check(card)).isEmpty();
    assertThat(SentCards.text(card)).contains("Ƒŕóɱ ţĥé çóɱɱúñíţý óƒ ƥŕáçţíçé");
  }

  @Test
  void theSpanishDigestIsASpanishCardCutOnlyBetweenWords() {
    Message digest = DigestSamples.longest(h, Language.ES);
    JsonNode card = AdaptiveCards.render(digest);

    assertThat(CardLimits.problems(card)).isEmpty();
    String text = SentCards.text(card);
    assertThat(text)
        .contains("Desde la comunidad de práctica")
        .contains("Gestos de aliados esta semana")
        .doesNotContain("From the community");
    // Each word before an ellipsis must stand whole somewhere in the digest itself: a cut "mom…"
    // of "moment" is found nowhere but before an ellipsis.
    String source = CoreHarness.text(digest);
    Matcher cut = BEFORE_ELLIPSIS.matcher(text);
    int cuts = 0;
    while (cut.find()) {
      cuts++;
      Pattern whole =
          Pattern.compile("(?<!\\p{L})" + Pattern.quote(cut.group(1)) + "(?![\\p{L}…])");
      assertThat(whole.matcher(source).find())
          .as("a text cut after a whole word, not \"" + context(text, cut) + "\"")
          .isTrue();
    }
    assertThat(cuts).isGreaterThan(10);
  }

  /** The text around a cut, to show where it fell. */
  private static String context(CharSequence text, Matcher cut) {
    return text.subSequence(Math.max(0, cut.start() - 40), cut.end()).toString();
  }
}
