package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.allybot.core.UserRef;
import org.allybot.core.poll.PollChoice;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member whose Teams client is in Spanish (the activity's {@code locale} is {@code es-MX}) goes
 * through Allybot in Spanish over HTTP, on the real {@code serve} wiring and the Bot Connector
 * fake.
 */
class TeamsSpanishEndToEndTest {
  @TempDir static Path data;
  static ServedTeams teams;

  @BeforeAll
  static void start() {
    teams = new ServedTeams(data);
  }

  @AfterAll
  static void stop() {
    teams.close();
  }

  private static ObjectNode spanish(ObjectNode activity) {
    return activity.put("locale", "es-MX");
  }

  @Test
  void aSpanishMemberGetsALessonAndAPollInSpanishAndSpanishFeedbackForTheirAnswer()
      throws Exception {
    FakeMember m = FakeMember.numbered(301);

    teams.send(spanish(teams.activities.personalMessage(m, "ally help")));
    assertThat(teams.lastText(m)).contains("**ally language es|en|auto**");
    assertThat(
            String.join(
                "\n",
                teams.sendsTo(m).stream().map(c -> SentCards.text(SentCards.card(c))).toList()))
        .contains("Hola, soy Allybot");

    teams.send(spanish(teams.activities.personalMessage(m, "lesson")));
    JsonNode lesson = SentCards.card(teams.sendsTo(m).getLast());
    assertThat(SentCards.text(lesson)).contains("**Prueba esta semana:**").contains("Practica:");
    assertThat(lesson.findValuesAsText("title")).contains("Entendido", "Lo voy a probar");

    teams.send(spanish(teams.activities.personalMessage(m, "poll")));
    JsonNode poll = SentCards.card(teams.sendsTo(m).getLast());
    assertThat(SentCards.text(poll)).contains("¿Qué harías?").contains("Tu respuesta es privada");

    JsonNode pressed = SentCards.actionData(poll, "○");
    HttpResponse<String> response = teams.send(spanish(teams.activities.execute(m, pressed)));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = SentCards.json(response.body());
    assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(SentCards.text(body.path("value")))
        .contains("Elegiste:")
        .contains("Para llevarte:")
        .contains("Cómo respondieron los demás")
        .contains(" ✓")
        .doesNotContain("your answer")
        .doesNotContain("You chose")
        .doesNotContain("Takeaway");
    PollChoice choice =
        PollChoice.decode(pressed.path("allybot").path("value").asText()).orElseThrow();
    assertThat(
            teams
                .served
                .runtime()
                .bot()
                .context()
                .answers()
                .answerOf(new UserRef(ServedTeams.WORKSPACE, m.aadObjectId()), choice.pollKey()))
        .contains(choice.optionId());
  }

  @Test
  void aSpanishMembersMistakeIsExplainedInSpanish() throws Exception {
    FakeMember m = FakeMember.numbered(302);

    teams.send(spanish(teams.activities.personalMessage(m, "dance")));

    assertThat(teams.lastText(m)).contains("No conozco **dance**.");
  }
}
