package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.server.http.HttpServer;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.server.shell.ShellSession;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's way in from the terminal: {@code allybot serve} and {@code allybot shell --data} on
 * the same data folder share one embedded store, so the shell's link signs in on the server.
 */
class ShellSignInTest {
  private static final Pattern LINK = Pattern.compile("/admin/login\\?token=([A-Za-z0-9_-]{43})");

  @TempDir Path data;

  @Test
  void aLinkFromTheShellSignsInOnAServerStartedOnTheSameDataFolder() throws Exception {
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    int port = EmbeddedRedisExtension.freePort();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (AllybotRuntime serve = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC());
        HttpServer http = HttpServer.start(port, serve, HttpServer.metrics());
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        ShellSession shell =
            ShellSession.start(settings, Clock.systemUTC(), "you", true, "UTC", out)) {
      shell.say("/ally campaign create Pilot");
      shell.say("/ally dashboard");

      Matcher link = LINK.matcher(screen.toString(StandardCharsets.UTF_8));
      assertThat(link.find()).as(screen.toString(StandardCharsets.UTF_8)).isTrue();
      HttpClient client =
          HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:" + port + "/admin/login?token=" + link.group(1)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(303);
      HttpResponse<String> overview =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin"))
                  .header("Cookie", "allybot_admin=" + ServedDashboard.sessionCookie(login))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(overview.body()).contains(">Pilot</a>");
    }
  }
}
