package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report desk in Teams for a reporter whose Teams speaks Spanish: the card form, its errors and
 * the receipt in Spanish; the rota member, who chose Spanish, is told in Spanish too.
 */
class TeamsSpanishDeskTest {
  @TempDir Path data;
  ServedTeams teams;

  @BeforeEach
  void start() {
    teams = new ServedTeams(data);
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  private static ObjectNode spanish(ObjectNode activity) {
    return activity.put("locale", "es-MX");
  }

  @Test
  void aSpanishReporterSendsTheCardFormInSpanishAndTheRotaIsToldInSpanish() throws Exception {
    FakeMember reporter = FakeMember.numbered(402);
    teams.send(teams.activities.personalInstallation(ServedTeams.ADMIN, "add"));
    teams.send(spanish(teams.activities.personalInstallation(reporter, "add")));
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "language es"));
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "desk rota @" + ServedTeams.ADMIN.aadObjectId()));
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("El turno del equipo de reportes es ahora");

    teams.send(spanish(teams.activities.personalMessage(reporter, "report")));
    List<ConnectorCall> toReporter = teams.sendsTo(reporter);
    JsonNode form = SentCards.card(toReporter.get(toReporter.size() - 1));
    assertThat(form.toString())
        .contains("Reporte confidencial")
        .contains("¿Qué pasó? (solo lo ve el equipo de reportes)")
        .contains("\"a otra persona\"")
        .doesNotContain("What happened?");

    ObjectNode empty = (ObjectNode) SentCards.actionData(form, "Enviar reporte").deepCopy();
    assertThat(teams.send(spanish(teams.activities.execute(reporter, empty))).body())
        .as("the form comes back with the problem on its field, in Spanish")
        .contains("Cuéntale al equipo qué pasó");

    ObjectNode answers = (ObjectNode) SentCards.actionData(form, "Enviar reporte").deepCopy();
    answers.put("what", "Mi jefe bromeó sobre mi religión en la reunión general.");
    answers.put("hr", "sí");
    assertThat(teams.send(spanish(teams.activities.execute(reporter, answers))).body())
        .as("the form card is replaced by the reference, in Spanish")
        .contains("Reporte recibido: n.º 1")
        .contains("Recursos Humanos solo interviene como elegiste (sí)");
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("Hay un reporte nuevo (n.º 1)")
        .doesNotContain("bromeó");

    teams.send(
        teams.activities.personalMessage(ServedTeams.ADMIN, "desk ask 1 ¿Quién más lo oyó?"));
    assertThat(teams.lastText(reporter)).contains("El equipo pregunta por tu reporte n.º 1");
    teams.send(
        spanish(teams.activities.personalMessage(reporter, "report reply 1 Dos compañeros.")));
    assertThat(teams.lastText(reporter)).contains("Tu respuesta ya la tiene el equipo");
    assertThat(teams.lastText(ServedTeams.ADMIN))
        .contains("Quien reportó respondió en el reporte n.º 1");
  }
}
