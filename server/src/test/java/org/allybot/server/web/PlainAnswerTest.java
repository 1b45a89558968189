package org.allybot.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's plain answers (an unknown asset, a dead calendar link, the root) in the browser's
 * language, else the workspace default, with their status.
 */
class PlainAnswerTest {
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

  private interface Served {
    void check(int port) throws Exception;
  }

  private void served(String defaultLanguage, Served check) throws Exception {
    Map<String, String> env = new HashMap<>(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    if (defaultLanguage != null) {
      env.put("ALLYBOT_DEFAULT_LANGUAGE", defaultLanguage);
    }
    int port = EmbeddedRedisExtension.freePort();
    try (AllybotRuntime runtime =
            AllybotRuntime.start(Settings.from(env), Map.of(), Clock.systemUTC());
        HttpServer http = HttpServer.start(port, runtime, HttpServer.metrics())) {
      check.check(port);
    }
  }

  @Test
  void anUnknownAssetIsA404InTheBrowsersLanguage() throws Exception {
    served(
        null,
        port -> {
          for (String path : new String[] {"/desk/assets/other.js", "/admin/assets/nope.css"}) {
            HttpResponse<String> spanish = get(port, path, "es-MX,es;q=0.9");
            assertThat(spanish.statusCode()).as(path).isEqualTo(404);
            assertThat(spanish.headers().firstValue("Content-Language")).contains("es");
            assertThat(spanish.body())
                .as(path)
                .startsWith("Aquí no hay nada: esta dirección no es una de las páginas de Allybot.")
                .doesNotContain("Not found");

            HttpResponse<String> english = get(port, path, "de, en;q=0.5");
            assertThat(english.statusCode()).as(path).isEqualTo(404);
            assertThat(english.body())
                .as(path)
                .startsWith("Nothing here: this address is not one of Allybot's pages.");
          }
          assertThat(get(port, "/desk/assets/desk.css", "es").statusCode()).isEqualTo(200);
        });
  }

  @Test
  void aDeadCalendarLinkAndTheRootSpeakTheWorkspaceDefaultWithoutAHeader() throws Exception {
    served(
        "es",
        port -> {
          HttpResponse<String> calendar = get(port, "/calendar/event.ics?w=x&e=y&s=z", null);
          assertThat(calendar.statusCode()).isEqualTo(404);
          assertThat(calendar.body())
              .startsWith("Este archivo de calendario no existe")
              .contains("/ally event list");
          HttpResponse<String> root = get(port, "/", null);
          assertThat(root.statusCode()).isEqualTo(200);
          assertThat(root.body())
              .isEqualTo("Allybot está en marcha. En /privacy verás cómo trata tus datos.");
          assertThat(get(port, "/", "en-GB").body())
              .isEqualTo("Allybot is running. See /privacy for how it treats your data.");
          assertThat(get(port, "/desk/assets/x", null).body()).startsWith("Aquí no hay nada");
        });
  }
}
