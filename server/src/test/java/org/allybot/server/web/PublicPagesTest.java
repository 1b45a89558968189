package org.allybot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy and terms pages in the browser's language, else the workspace default. */
class PublicPagesTest {
  @TempDir Path data;

  private static HttpResponse<String> get(int port, String path, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSpanishBrowserReadsThePrivacyAndTermsPagesInSpanish() throws Exception {
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(
                Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString())),
                Map.of(),
                Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      HttpResponse<String> privacy = get(port, "/privacy", "es-ES,es;q=0.9");
      assertThat(privacy.statusCode()).isEqualTo(200);
      assertThat(privacy.headers().firstValue("Content-Language")).contains("es");
      assertThat(privacy.body())
          .contains("<html lang=\"es\">")
          .contains("<h1>Allybot y tus datos</h1>")
          .contains("<strong>Tus respuestas son privadas.</strong>")
          .contains("<code>/ally forget-me</code>")
          .doesNotContain("Your answers are private.");
      assertThat(get(port, "/terms", "es").body())
          .contains("<html lang=\"es\">")
          .contains("<h1>Condiciones de uso de Allybot</h1>")
          .contains("<a href=\"/privacy\">página de privacidad</a>");

      assertThat(get(port, "/privacy", null).body())
          .contains("<html lang=\"en\">")
          .contains("<strong>Your answers are private.</strong>");
      assertThat(get(port, "/terms", "de-DE, fr;q=0.8").body())
          .contains("<html lang=\"en\">")
          .contains("<h1>Allybot terms of use</h1>");
    }
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
