package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page's language: the link holder's own when they chose one, else the browser's {@code
 * Accept-Language} (en, es), else the workspace default; {@code <html lang>} says which.
 */
class DeskSpanishPageTest {
  private static final String SPANISH_BROWSER = "es-MX,es;q=0.9,en;q=0.5";

  @TempDir static Path data;
  private static ServedReportPage served;

  @BeforeAll
  static void start() {
    served = ServedReportPage.start(data, null);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void aSpanishBrowserGetsTheSpanishFormWithLangEs() throws Exception {
    HttpResponse<String> page = served.open(served.chatToken("lucia"), SPANISH_BROWSER);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
    assertThat(page.body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Reporte confidencial</h1>")
        .contains("<label for=\"f-what\">¿Qué pasó? (solo lo ve el equipo de reportes)")
        .contains("<span class=\"required\">(obligatorio)</span>")
        .contains("Hasta 4.000 caracteres.")
        .contains("name=\"f-affected\" value=\"a otra persona\"")
        .contains("name=\"f-hr\" value=\"pregúntame antes\" checked")
        .contains("<label for=\"f-anonymous-0\">Sí</label>")
        .contains("<button type=\"submit\">Enviar reporte</button>")
        .contains("Esta página es solo para ti.")
        .doesNotContain("What happened?")
        .doesNotContain("lang=\"en\"");
  }

  @Test
  void aReportSentFromASpanishPageIsCheckedAndReceivedInSpanish() throws Exception {
    String token = served.chatToken("mateo");
    ServedReportPage.Page form = served.form(token, SPANISH_BROWSER);
    Map<String, String> values = new HashMap<>();
    values.put("what", "Imitó mi acento en la retrospectiva.");
    values.put("when", "2999-01-01");
    values.put("affected", "a mí");
    values.put("hr", "no");

    HttpResponse<String> refused = served.post(token, form, values, SPANISH_BROWSER);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("<html lang=\"es\">")
        .contains("<h2>Revisa el formulario</h2>")
        .contains("Esa fecha todavía no ha llegado.")
        .contains("Imitó mi acento en la retrospectiva.");

    values.put("when", "la semana pasada");
    ServedReportPage.Page again = served.form(token, SPANISH_BROWSER);
    HttpResponse<String> sent = served.post(token, again, values, SPANISH_BROWSER);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Reporte recibido: n.º ")
        .contains("sin tu nombre")
        .contains("Ya puedes cerrar esta página.")
        .doesNotContain("Report received");
    assertThat(served.say("mateo", "report status"))
        .as("chat still speaks the member's own language: the page's came from the browser")
        .contains("Your reports")
        .contains("Imitó mi acento");
  }

  @Test
  void theHoldersOwnChoiceComesBeforeTheBrowsers() throws Exception {
    served.say("emma", "language en");
    served.say("sofia", "language es");

    assertThat(served.open(served.chatToken("emma"), SPANISH_BROWSER).body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Confidential report</h1>");
    assertThat(served.open(served.chatToken("sofia"), null).body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Reporte confidencial</h1>");
  }

  @Test
  void aBadLinkIsRefusedInTheBrowsersLanguageElseTheDefault() throws Exception {
    HttpResponse<String> spanish = served.open("x".repeat(43), SPANISH_BROWSER);
    HttpResponse<String> french = served.open("x".repeat(43), "fr-FR,fr;q=0.9");

    assertThat(spanish.statusCode()).isEqualTo(401);
    assertThat(spanish.body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Este enlace no funciona</h1>")
        .contains("durante 10 minutos");
    assertThat(french.body())
        .contains("<html lang=\"en\">")
        .contains("<h1>This link does not work</h1>");
  }
}
