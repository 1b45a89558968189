package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member who chose Spanish gets the nudge in Spanish: the pack's Spanish explanation of the rule,
 * the bot's own words and buttons; the word and the suggestions stay the English ones they wrote.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishNudgeTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final NudgeScene scene;

  SpanishNudgeTest(CoreHarness harness) {
    this.harness = harness;
    this.scene = new NudgeScene(harness).switchedOn();
  }

  @Test
  void aSpanishMemberReadsTheRulesSpanishExplanation() {
    harness.say("alice", "language es");

    Reply nudge = scene.post("alice", "The deploy is done, guys.");

    assertThat(CoreHarness.text(nudge))
        .contains("Un recordatorio amable y privado sobre *guys*.")
        .contains("Mucha gente dice 'guys' con buena intención")
        .contains("Podrías probar con: everyone, folks, team")
        .contains("[1] Gracias")
        .contains("No me avises más")
        .contains("Solo tú ves esto.")
        .doesNotContain("Lots of people mean")
        .doesNotContain("Aún sin traducir");
    assertThat(CoreHarness.text(harness.press("alice", Nudges.THANKS, NudgeScene.rule(nudge))))
        .startsWith("Me alegra que te sirva.");
  }

  @Test
  void anEnglishMemberInTheSameChannelKeepsTheEnglishExplanation() {
    harness.say("alice", "language es");

    Reply nudge = scene.post("bob", "Thanks guys!");

    assertThat(CoreHarness.text(nudge))
        .contains("A friendly, private nudge about *guys*.")
        .contains("Lots of people mean 'guys' kindly")
        .doesNotContain("Mucha gente");
  }

  @Test
  void aSpanishWordHasARuleOfItsOwnExplainedInSpanish() {
    harness.say("alice", "language es");

    Reply nudge = scene.post("alice", "Esta semana he estado trabajando como un negro.");

    assertThat(NudgeScene.rule(nudge)).isEqualTo("es-trabajar-como-un-negro");
    assertThat(CoreHarness.text(nudge))
        .contains("Una nota rápida y privada sobre *trabajando como un negro*")
        .contains("recuerda a la esclavitud")
        .contains("Podrías probar con: trabajar sin descanso, dejarse la piel");
    assertThat(scene.post("bob", "El tren va retrasado, llego tarde.").messages()).isEmpty();
  }
}
