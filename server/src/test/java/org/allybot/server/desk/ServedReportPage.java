package org.allybot.server.desk;

import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.desk.web.ReportPageLink;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.language.Messages;
import org.allybot.core.message.PlainTextRenderer;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.awaitility.Awaitility;

/**
 * A running instance (embedded Redis in a temporary folder) with the report page served on a free
 * port: a test gets a link as chat offers it, and opens and posts the page as a browser would.
 */
final class ServedReportPage implements AutoCloseable {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SHELL, "local");
  private static final Pattern LINK =
      Pattern.compile("https?://\\S+/desk/report\\?token=([A-Za-z0-9_-]{43})");
  private static final Pattern CHECK =
      Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]{43})\"");

  final AllybotRuntime runtime;
  private final Javalin http;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private ServedReportPage(AllybotRuntime runtime, Javalin http) {
    this.runtime = runtime;
    this.http = http;
  }

  /** The page with {@code forms} standing in for the core's form (null: the core's own). */
  static ServedReportPage start(Path data, ReportForms forms) {
    return start(data, forms, Map.of());
  }

  /** As above, with {@code extra} environment variables. */
  static ServedReportPage start(Path data, ReportForms forms, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put("ALLYBOT_DATA_DIR", data.toString());
    AllybotRuntime runtime = AllybotRuntime.start(Settings.from(env), Map.of(), Clock.systemUTC());
    try {
      DeskWeb desk = forms == null ? DeskWeb.on(runtime) : DeskWeb.on(runtime, forms);
      Javalin http =
          Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            desk.routes(config);
          });
      http.start("127.0.0.1", EmbeddedRedisExtension.freePort());
      return new ServedReportPage(runtime, http);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  String base() {
    return "http://127.0.0.1:" + http.port();
  }

  static Actor actor(String userId) {
    return new Actor(new UserRef(WORKSPACE, userId), "Name of " + userId, false, "UTC");
  }

  /** The token of a new link offered to {@code userId}, as chat shows it. */
  String token(String userId) {
    var offer =
        new ReportPageLink(runtime.bot().context().links(), base())
            .offer(actor(userId), Messages.english());
    Matcher m = LINK.matcher(PlainTextRenderer.render(offer, 1));
    if (!m.find()) {
      throw new AssertionError(userId + " got no link");
    }
    return m.group(1);
  }

  /** What the bot answers {@code text} typed in chat by {@code userId}, as the shell prints it. */
  String say(String userId, String text) {
    var reply = runtime.bot().handle(new CoreEvent.CommandInvoked(actor(userId), text, ""));
    return String.join(
        "\n", reply.messages().stream().map(m -> PlainTextRenderer.render(m, 1)).toList());
  }

  /** The token of the link {@code /ally report} offers {@code userId} in chat. */
  String chatToken(String userId) {
    String said = say(userId, "report");
    Matcher m = LINK.matcher(said);
    if (!m.find()) {
      throw new AssertionError(userId + " got no link from /ally report: " + said);
    }
    return m.group(1);
  }

  /** Lets Redis itself expire a link, as ten minutes would. */
  void expire(String token) {
    String key = "ally:global:link:desk-report:" + OneTimeLinks.hash(token);
    runtime.redis().pexpire(key, 1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !runtime.redis().exists(key));
  }

  HttpResponse<String> get(String pathAndQuery) throws Exception {
    return get(pathAndQuery, null);
  }

  /** A GET from a browser that asks for {@code acceptLanguage} (null: sends no such header). */
  HttpResponse<String> get(String pathAndQuery, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> open(String token) throws Exception {
    return open(token, null);
  }

  HttpResponse<String> open(String token, String acceptLanguage) throws Exception {
    return get("/desk/report?token=" + token, acceptLanguage);
  }

  HttpResponse<String> send(String method, String path, String cookie, String body)
      throws Exception {
    return send(method, path, cookie, body, null);
  }

  HttpResponse<String> send(
      String method, String path, String cookie, String body, String acceptLanguage)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (cookie != null) {
      request.header("Cookie", FormCheck.COOKIE + "=" + cookie);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts {@code fields} (by field id) with the link's token and the page's check, as a browser.
   */
  HttpResponse<String> post(String token, Page page, Map<String, String> fields) throws Exception {
    return post(token, page, fields, null);
  }

  HttpResponse<String> post(
      String token, Page page, Map<String, String> fields, String acceptLanguage) throws Exception {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_token", token);
    all.put("_csrf", page.check());
    fields.forEach((id, value) -> all.put("f-" + id, value));
    return send("POST", "/desk/report", page.check(), encode(all), acceptLanguage);
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e ->
            URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A form page as served: the response, and the check value its cookie and field carry. */
  record Page(HttpResponse<String> response, String check) {}

  /** Opens the link and reads the page's check value from the page (the cookie's twin). */
  Page form(String token) throws Exception {
    return form(token, null);
  }

  Page form(String token, String acceptLanguage) throws Exception {
    HttpResponse<String> response = open(token, acceptLanguage);
    Matcher m = CHECK.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new AssertionError("no form: " + response.statusCode() + " " + response.body());
    }
    return new Page(response, m.group(1));
  }

  @Override
  public void close() {
    http.stop();
    runtime.close();
  }
}
