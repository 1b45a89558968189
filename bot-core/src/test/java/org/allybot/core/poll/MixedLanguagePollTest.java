package org.allybot.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** English and Spanish members answering one poll count together, in one distribution. */
@ExtendWith(EmbeddedRedisExtension.class)
class MixedLanguagePollTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;

  MixedLanguagePollTest(CoreHarness harness) {
    this.harness = harness;
  }

  @Test
  void englishAndSpanishAnswersShowAsOneDistributionInEachLanguage() {
    harness.say("eva", "language es");
    harness.say("luis", "language es");
    Message english = harness.say("ann", "poll").messages().getLast();
    Message spanish = harness.say("eva", "poll").messages().getLast();
    Button first = english.buttons().getFirst();
    Button second = english.buttons().get(1);

    assertThat(spanish.summary()).startsWith("¿Qué harías? ");
    assertThat(spanish.buttons())
        .extracting(Button::value)
        .containsExactlyElementsOf(english.buttons().stream().map(Button::value).toList());

    harness.press("ann", first.action(), first.value());
    harness.press("bob", first.action(), first.value());
    harness.press("eva", first.action(), first.value());
    harness.press("cat", second.action(), second.value());
    String enFeedback = CoreHarness.text(harness.press("dan", second.action(), second.value()));
    String esFeedback = CoreHarness.text(harness.press("luis", first.action(), first.value()));

    assertThat(enFeedback).contains("*How others answered* (5 answers):");
    assertThat(esFeedback)
        .contains("*Elegiste:* " + spanish.buttons().getFirst().label())
        .contains("*Cómo respondieron los demás* (6 respuestas):")
        .contains("67\u00a0%")
        .contains("33\u00a0%")
        .contains("*Para llevarte:*");
  }
}
