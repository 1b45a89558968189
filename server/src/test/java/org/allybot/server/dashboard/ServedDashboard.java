package org.allybot.server.dashboard;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.message.PlainTextRenderer;
import org.allybot.core.signin.OneTimeLinks;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.awaitility.Awaitility;

/**
 * A running instance (embedded Redis in a temporary data folder) with the dashboard served on a
 * free port: a test asks for a sign-in link in chat as someone, and opens pages as a browser would.
 */
final class ServedDashboard implements AutoCloseable {
  static final WorkspaceId WORKSPACE = new WorkspaceId(Platform.SHELL, "local");
  static final String ADMIN = "admin-7f3k";
  private static final Pattern LINK = Pattern.compile("(https?://\\S+/admin/login\\?token=(\\S+))");

  final AllybotRuntime runtime;
  private final Javalin http;
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private ServedDashboard(AllybotRuntime runtime, Javalin http) {
    this.runtime = runtime;
    this.http = http;
  }

  /** The dashboard on the core's own reports. */
  static ServedDashboard start(Path data, Map<String, String> env) {
    return start(data, env, null);
  }

  /** The dashboard showing {@code reports} (null: the core's own). */
  static ServedDashboard start(Path data, Map<String, String> env, ReportSource reports) {
    Map<String, String> all = new HashMap<>(env);
    all.put("ALLYBOT_DATA_DIR", data.toString());
    all.putIfAbsent("ALLYBOT_ADMINS", ADMIN);
    AllybotRuntime runtime = AllybotRuntime.start(Settings.from(all), Map.of(), Clock.systemUTC());
    try {
      Dashboard dashboard =
          reports == null ? Dashboard.on(runtime) : Dashboard.on(runtime, reports);
      Javalin http =
          Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            dashboard.routes(config);
          });
      http.start("127.0.0.1", EmbeddedRedisExtension.freePort());
      return new ServedDashboard(runtime, http);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  String base() {
    return "http://127.0.0.1:" + http.port();
  }

  /** What the bot answers {@code text} typed by {@code userId}, as the shell prints it. */
  String say(String userId, boolean platformAdmin, String text) {
    var reply =
        runtime
            .bot()
            .handle(
                new CoreEvent.CommandInvoked(
                    new Actor(new UserRef(WORKSPACE, userId), userId, platformAdmin, "UTC"),
                    text,
                    ""));
    return String.join(
        "\n", reply.messages().stream().map(m -> PlainTextRenderer.render(m, 1)).toList());
  }

  /** {@code userId} presses a button whose action and value are given. */
  void press(String userId, String action, String value) {
    runtime
        .bot()
        .handle(
            new CoreEvent.ChoiceSelected(
                Actor.of(new UserRef(WORKSPACE, userId), userId), action, value));
  }

  /** The token of the link {@code /ally dashboard} gives {@code userId}. */
  String token(String userId) {
    Matcher m = LINK.matcher(say(userId, false, "dashboard"));
    if (!m.find()) {
      throw new AssertionError(userId + " got no sign-in link");
    }
    return m.group(2);
  }

  /** Lets Redis itself expire a link, as ten minutes would. */
  void expire(String token) {
    String key = "ally:global:link:dashboard:" + OneTimeLinks.hash(token);
    runtime.redis().pexpire(key, 1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !runtime.redis().exists(key));
  }

  HttpResponse<String> get(String path, String cookie) throws Exception {
    return get(path, cookie, null);
  }

  /** A GET with the browser's {@code Accept-Language} (null: none). */
  HttpResponse<String> get(String path, String cookie, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    if (cookie != null) {
      request.header("Cookie", DashboardRoutes.COOKIE + "=" + cookie);
    }
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String cookie) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Cookie", DashboardRoutes.COOKIE + "=" + cookie)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Signs {@code userId} in with a fresh link and returns the session cookie's value. */
  String signIn(String userId) throws Exception {
    HttpResponse<String> login = get("/admin/login?token=" + token(userId), null);
    if (login.statusCode() != 303) {
      throw new AssertionError("sign-in answered " + login.statusCode() + ": " + login.body());
    }
    return sessionCookie(login);
  }

  static String sessionCookie(HttpResponse<String> response) {
    String header = response.headers().firstValue("set-cookie").orElseThrow();
    return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
  }

  @Override
  public void close() {
    http.stop();
    runtime.close();
  }
}
