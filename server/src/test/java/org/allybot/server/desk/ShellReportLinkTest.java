package org.allybot.server.desk;

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
 * From the terminal, as the README tells it: {@code allybot serve} and {@code allybot shell --data}
 * on one data folder; the link {@code /ally report} prints in the shell opens the form on the
 * server, and the report sent there is the shell member's.
 */
class ShellReportLinkTest {
  private static final Pattern LINK = Pattern.compile("/desk/report\\?token=([A-Za-z0-9_-]{43})");
  private static final Pattern CHECK =
      Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]{43})\"");

  @TempDir Path data;

  @Test
  void theShellsLinkOpensTheFormOnTheServerAndTheReportIsTheShellMembers() throws Exception {
    Settings settings = Settings.from(Map.of("ALLYBOT_DATA_DIR", data.toString()));
    int port = EmbeddedRedisExtension.freePort();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    HttpClient client = HttpClient.newHttpClient();
    try (AllybotRuntime serve = AllybotRuntime.start(settings, Map.of(), Clock.systemUTC());
        HttpServer http = HttpServer.start(port, serve, HttpServer.metrics());
        PrintStream out = new PrintStream(screen, true, StandardCharsets.UTF_8);
        ShellSession shell =
            ShellSession.start(settings, Clock.systemUTC(), "you", false, "UTC", out)) {
      shell.say("/ally report");
      Matcher link = LINK.matcher(screen.toString(StandardCharsets.UTF_8));
      assertThat(link.find()).as(screen.toString(StandardCharsets.UTF_8)).isTrue();
      shell.say("/cancel");

      String base = "http://127.0.0.1:" + port + "/desk/report";
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create(base + "?token=" + link.group(1))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      Matcher check = CHECK.matcher(page.body());
      assertThat(check.find()).isTrue();
      HttpResponse<String> sent =
          client.send(
              HttpRequest.newBuilder(URI.create(base))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", FormCheck.COOKIE + "=" + check.group(1))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          ServedReportPage.encode(
                              Map.of(
                                  "_token",
                                  link.group(1),
                                  "_csrf",
                                  check.group(1),
                                  "f-what",
                                  "Talked over me in every stand-up this week.",
                                  "f-summary",
                                  "Talked over in stand-ups"))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(sent.statusCode()).isEqualTo(200);
      assertThat(sent.body()).contains("<h1>Report received: #1</h1>");

      shell.say("/ally report status");
      assertThat(screen.toString(StandardCharsets.UTF_8))
          .contains("#1")
          .contains("Talked over in stand-ups");
    }
  }
}
