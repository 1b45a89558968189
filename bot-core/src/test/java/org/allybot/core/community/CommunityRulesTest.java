package org.allybot.core.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.allybot.core.command.UsageException;
import org.junit.jupiter.api.Test;

/** The small rules: senses from keywords, hour-rounded times, whose week it is. */
class CommunityRulesTest {
  @Test
  void sensesAreGuessedFromKeywordsInTheFrameworksOrder() {
    assertThat(SenseTags.guess("He keeps interrupting her in meetings and I said nothing."))
        .containsExactly("speak");
    assertThat(SenseTags.guess("She confided in me that she feels unsafe; should I report it?"))
        .containsExactly("act", "listen", "empathy");
    assertThat(SenseTags.guess("Lunch plans: contact me about the repayment.")).isEmpty();
  }

  @Test
  void typedSensesAreCheckedAndNoneClearsThem() {
    assertThat(SenseTags.parse("Act, listen act", "u")).containsExactly("act", "listen");
    assertThat(SenseTags.parse("none", "u")).isEmpty();
    assertThatThrownBy(() -> SenseTags.parse("act courage", "u"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("'courage' is not a sense.");
  }

  @Test
  void communityTimesAreRoundedUpToTheHour() {
    assertThat(CoarseTime.of(Instant.parse("2026-11-23T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    assertThat(CoarseTime.of(Instant.parse("2026-11-23T09:00:01Z")))
        .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
  }

  @Test
  void theRotaTurnsOnMondays() {
    CommunitySetup setup =
        new CommunitySetup("C1", List.of("a", "b", "c"), LocalDate.parse("2026-11-23"));

    assertThat(FacilitatorRota.thisWeek(setup, LocalDate.parse("2026-11-29"))).contains("a");
    assertThat(FacilitatorRota.thisWeek(setup, LocalDate.parse("2026-11-30"))).contains("b");
    assertThat(FacilitatorRota.thisWeek(setup, LocalDate.parse("2026-12-14"))).contains("a");
    assertThat(
            FacilitatorRota.thisWeek(setup.withRota(List.of(), setup.rotaStart()), LocalDate.now()))
        .isEmpty();
  }

  @Test
  void theDigestNamesNobody() {
    assertThat(FeaturedThread.withoutNames("I told <@U1|Kim> and @dana; mail a@b.c"))
        .isEqualTo("I told someone and someone; mail a@b.c");
  }
}
