package org.allybot.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.content.Sense;
import org.junit.jupiter.api.Test;

/** The suggestion is a keyword count the giver can be shown, and is corrected in one click. */
class SenseSuggestionTest {
  @Test
  void theSenseWithMostMatchingWordsWinsAndTheWordsAreTheReason() {
    var s =
        SenseSuggestion.suggest("She spoke up and gave Ola the credit, after she listened")
            .orElseThrow();

    assertThat(s.sense()).isEqualTo(Sense.SPEAK);
    assertThat(s.because()).containsExactly("spoke up", "credit");
  }

  @Test
  void aTieGoesToTheFrameworksOrder() {
    assertThat(SenseSuggestion.suggest("he listened, then stepped in").orElseThrow().sense())
        .isEqualTo(Sense.ACT);
  }

  @Test
  void caseDoesNotMatterAndNoMatchSuggestsNothing() {
    assertThat(SenseSuggestion.suggest("CHECKED IN on me").orElseThrow().sense())
        .isEqualTo(Sense.EMPATHY);
    assertThat(SenseSuggestion.suggest("for Tuesday")).isEmpty();
  }
}
