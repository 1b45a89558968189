package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.allybot.core.poll.PollChoice;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member whose Slack is in Spanish ({@code users.info} with {@code include_locale} says {@code
 * es-ES}) goes through Allybot in Spanish, end to end: the real server, signed requests, the fake
 * Web API; what is stored is what an English member's answer would be.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackSpanishEndToEndTest {
  private static final String SPANISH = "U0SPANISH01";

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackSpanishEndToEndTest(SlackServerHarness h) {
    this.h = h;
    h.slack.userLocale(SPANISH, "es-ES");
  }

  private static JsonNode firstButton(JsonNode message, String action) {
    return message.findParents("action_id").stream()
        .filter(b -> b.path("action_id").asText().contains(action))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSpanishMemberGetsALessonAndAPollInSpanishAndSpanishFeedbackForTheirAnswer()
      throws Exception {
    assertThat(h.command(SPANISH, "help").toString()).contains("Hola, soy Allybot");
    JsonNode lesson = h.command(SPANISH, "lesson");
    assertThat(lesson.path("blocks").toString())
        .contains("Entendido")
        .contains("Lo voy a probar")
        .doesNotContain("Got it");

    JsonNode poll = h.command(SPANISH, "poll");
    assertThat(poll.path("blocks").findValuesAsText("type")).contains("header");
    assertThat(poll.path("blocks").toString())
        .contains("¿Qué harías?")
        .contains("Tu respuesta es privada");
    JsonNode button = firstButton(poll, "poll.answer");

    HttpResponse<String> click =
        h.post(
            SlackPayloads.blockAction(
                FakeSlackApi.TEAM,
                SPANISH,
                button.path("action_id").asText(),
                button.path("value").asText(),
                h.slack.responseUrl("poll-es"),
                trigger(),
                false));

    assertThat(click.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> h.slack.count("response_url") >= 1);
    SlackCall replaced =
        h.slack.calls("response_url").stream()
            .filter(c -> c.param("replace_original").equals("true"))
            .findFirst()
            .orElseThrow();
    assertThat(replaced.param("blocks"))
        .contains("*Elegiste:*")
        .contains("*Para llevarte:*")
        .contains("Cómo respondieron los demás")
        .doesNotContain("You chose");
    PollChoice choice = PollChoice.decode(button.path("value").asText()).orElseThrow();
    assertThat(
            h.server
                .runtime()
                .bot()
                .context()
                .answers()
                .answerOf(SlackServerHarness.user(SPANISH), choice.pollKey()))
        .contains(choice.optionId());
  }

  @Test
  void theSpanishMembersHomeTabAndErrorsAreInSpanish() throws Exception {
    assertThat(h.command(SPANISH, "dance").toString())
        .contains("No conozco `dance`.")
        .contains("/ally help");

    var event = SlackPayloads.eventOf("app_home_opened").put("user", SPANISH).put("tab", "home");
    h.post(SlackPayloads.event(FakeSlackApi.TEAM, "Ev0HOMEES01", event));

    await().atMost(Duration.ofSeconds(10)).until(() -> h.slack.count("views.publish") == 1);
    String view = h.slack.calls("views.publish").getFirst().param("view");
    assertThat(view).contains("Tu práctica como aliado").contains("Pausar 1 semana");
  }
}
