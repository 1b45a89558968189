package org.allybot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.server.http.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The privacy and terms pages in the browser's language, else the workspace default. */
@ExtendWith(RunningServer.Each.class)
class PublicPagesTest {
  @Test
  void aSpanishBrowserReadsThePrivacyAndTermsPagesInSpanish(RunningServer server) throws Exception {
    HttpResponse<String> privacy = server.get("/privacy", "Accept-Language", "es-ES,es;q=0.9");
    assertThat(privacy.statusCode()).isEqualTo(200);
    assertThat(privacy.headers().firstValue("Content-Language")).contains("es");
    assertThat(privacy.body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Allybot y tus datos</h1>")
        .contains("<strong>Tus respuestas son privadas.</strong>")
        .contains("<code>/ally forget-me</code>")
        .doesNotContain("Your answers are private.");
    assertThat(server.get("/terms", "Accept-Language", "es").body())
        .contains("<html lang=\"es\">")
        .contains("<h1>Condiciones de uso de Allybot</h1>")
        .contains("<a href=\"/privacy\">página de privacidad</a>");

    assertThat(server.get("/privacy").body())
        .contains("<html lang=\"en\">")
        .contains("<strong>Your answers are private.</strong>");
    assertThat(server.get("/terms", "Accept-Language", "de-DE, fr;q=0.8").body())
        .contains("<html lang=\"en\">")
        .contains("<h1>Allybot terms of use</h1>");
  }

  @Test
  void thePrivacyPageSaysWhatTheReportDeskKeepsWhoSeesItAndForHowLongInBothLanguages(
      RunningServer server) throws Exception {
    assertThat(server.get("/privacy").body())
        .contains("<h2>The confidential report desk</h2>")
        .contains("<strong>What it keeps:</strong> what you wrote in the form")
        .contains("filed under report numbers, never under your user id")
        .contains("<strong>Who can see it:</strong> the allies on the rota")
        .contains("HR sees a report only if you agree")
        .contains(
            "never reach log files, channels, digests, the admins' dashboard, metrics or exports")
        .contains("(one year unless changed)");
    assertThat(server.get("/privacy", "Accept-Language", "es").body())
        .contains("<h2>Los reportes confidenciales</h2>")
        .contains("<strong>Qué se guarda:</strong> lo que escribiste en el formulario")
        .contains("nunca por tu identificador de usuario")
        .contains("<strong>Quién puede verlo:</strong> las personas aliadas del turno")
        .contains("Recursos Humanos solo ve un reporte si tú lo aceptas")
        .contains("los canales, los resúmenes, el panel de administración, las métricas ni las")
        .contains("(un año, salvo que lo haya cambiado)")
        .doesNotContain("report desk");
  }

  @Test
  void withoutAHeaderThePagesFollowTheWorkspaceDefault() {
    assertThat(PublicPages.render(Language.ES, "privacy", java.util.List.of("keeps")))
        .contains("<html lang=\"es\">")
        .contains("<h2>Qué guarda Allybot</h2>");
    assertThat(PublicPages.render(Language.EN_XA, "terms", java.util.List.of()))
        .as("the pseudo-locale's accents would break the markup: English")
        .contains("<html lang=\"en\">");
  }

  @Test
  void acceptLanguageIsReadByWeightAndAMalformedOneCountsAsNone() {
    assertThat(PageLanguage.fromHeader("fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7"))
        .contains(Language.ES);
    assertThat(PageLanguage.fromHeader("en;q=0.2, es-419;q=0.9")).contains(Language.ES);
    assertThat(PageLanguage.fromHeader("es;q=0, en")).contains(Language.EN);
    assertThat(PageLanguage.fromHeader("de")).isEmpty();
    assertThat(PageLanguage.fromHeader("é;;q=x")).isEmpty();
    assertThat(PageLanguage.fromHeader(null)).isEmpty();
    assertThat(PageLanguage.of(Optional.of(Language.EN), "es", Language.ES)).isEqualTo(Language.EN);
    assertThat(PageLanguage.of(Optional.empty(), "", Language.ES)).isEqualTo(Language.ES);
  }
}
