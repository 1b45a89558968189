package org.allybot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Recognise allyship" message action's own answers (an app's message, a damaged submit, an
 * invoke Teams sent twice) in the language of a member whose Teams speaks Spanish.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SpanishThanksActionTest {
  @RegisterExtension static final PerTest<TeamsHarness> HARNESS = TeamsHarness.perTest();
  private final TeamsHarness h;

  SpanishThanksActionTest(TeamsHarness h) {
    this.h = h;
  }

  private JsonNode answer(ObjectNode activity) {
    activity.put("locale", "es-ES");
    TeamsResponse r = h.send(activity);
    assertThat(r.status()).isEqualTo(200);
    return SentCards.json(r.body());
  }

  @Test
  void theActionOnAnAppsMessageSaysWhyInSpanish() {
    JsonNode answer =
        answer(
            h.activities.fetchTask(
                TeamsHarness.ALEX, ThanksMessageAction.COMMAND_ID, null, "<p>Build passed</p>"));

    assertThat(answer.at("/task/value").asText())
        .startsWith("Este mensaje no lo escribió una persona")
        .doesNotContain("nobody to thank");
  }

  @Test
  void aDamagedSubmitAndARepeatedOneAreAnsweredInSpanish() {
    ObjectNode damaged =
        h.activities.submitAction(
            TeamsHarness.ALEX,
            ThanksMessageAction.COMMAND_ID,
            SentCards.json("{\"allybot\":{\"kind\":\"form\"}}"));

    assertThat(answer(damaged).at("/task/value").asText())
        .isEqualTo("Ese formulario no es de Allybot.");
    assertThat(answer(damaged).at("/task/value").asText()).isEqualTo("Ya está hecho.");
  }
}
