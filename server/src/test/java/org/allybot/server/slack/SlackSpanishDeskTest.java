package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The report desk in Slack for a reporter whose Slack speaks Spanish (and who never joined, so only
 * Slack's locale tells): the modal, its errors and the receipt in Spanish; the rota member reads
 * the new-report notice in the language they chose.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackSpanishDeskTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackSpanishDeskTest(SlackServerHarness h) {
    this.h = h;
  }

  private boolean anyCallSays(String text) {
    return h.slack.calls().stream().anyMatch(c -> c.params().toString().contains(text));
  }

  @Test
  void aSpanishReporterFillsTheModalInSpanishAndTheRotaIsToldInItsOwnLanguage() throws Exception {
    h.slack.userLocale(MEMBER, "es-ES");
    h.command(ADMIN, "language es");
    h.command(ADMIN, "desk rota <@" + ADMIN + ">");

    h.command(MEMBER, "report");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    assertThat(view.at("/title/text").asText()).isEqualTo("Reporte confidencial");
    assertThat(view.at("/submit/text").asText()).isEqualTo("Enviar reporte");
    assertThat(view.at("/blocks/0/label/text").asText()).startsWith("¿Qué pasó?");
    assertThat(view.at("/close/text").asText()).isEqualTo("Cancelar");
    assertThat(view.toString())
        .contains("\"a otra persona\"")
        .contains("\"pregúntame antes\"")
        .doesNotContain("Confidential report")
        .doesNotContain("What happened?");

    HttpResponse<String> bad =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "desk.report",
                Map.of("what", "", "hr", "quizá"),
                view.path("private_metadata").asText(),
                trigger()));
    JsonNode errors = SlackServerHarness.json(bad.body()).path("errors");
    assertThat(errors.path("what").asText()).startsWith("Cuéntale al equipo qué pasó");
    assertThat(errors.path("hr").asText()).contains("«pregúntame antes»");

    HttpResponse<String> ok =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                MEMBER,
                "desk.report",
                Map.of(
                    "what", "Se rio de mi acento delante de todo el equipo.",
                    "affected", "a mí",
                    "hr", "no"),
                view.path("private_metadata").asText(),
                trigger()));
    assertThat(ok.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(5)).until(() -> anyCallSays("Reporte recibido: n.º 1"));
    assertThat(anyCallSays("Recursos Humanos solo interviene como elegiste (no)")).isTrue();
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> anyCallSays("Hay un reporte nuevo (n.º 1) esperando al equipo."));
    assertThat(anyCallSays("Report received")).isFalse();

    assertThat(h.command(ADMIN, "desk show 1").toString())
        .contains("Se rio de mi acento")
        .contains("A quién afectó: a mí")
        .contains("Quién reporta: anónimo")
        .doesNotContain(MEMBER);
  }
}
