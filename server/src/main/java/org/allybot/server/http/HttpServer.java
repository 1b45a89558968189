package org.allybot.server.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.allybot.server.dashboard.Dashboard;
import org.allybot.server.desk.DeskWeb;
import org.allybot.server.metrics.MetricsSettings;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.web.PublicPages;

/**
 * The HTTP face of {@code allybot serve}: health, readiness, metrics, the public pages, the admin
 * dashboard, the report desk's web form and the platforms' routes.
 */
public final class HttpServer implements AutoCloseable {
  private final Javalin app;

  private HttpServer(Javalin app) {
    this.app = app;
  }

  public static HttpServer start(
      int port, AllybotRuntime runtime, PrometheusMeterRegistry metrics) {
    return start(port, runtime, metrics, MetricsSettings.open(), config -> {});
  }

  /**
   * As above, with {@code /metrics} as {@code access} says, and the routes of the platforms that
   * are on (such as {@code /slack/events}).
   */
  public static HttpServer start(
      int port,
      AllybotRuntime runtime,
      PrometheusMeterRegistry metrics,
      MetricsSettings access,
      Consumer<JavalinConfig> platformRoutes) {
    String xapi = page("xapi.html");
    JettyCacheLine.set();
    BooleanSupplier ready =
        () -> runtime.accepting() && redisAnswers(runtime) && runtime.schedulerRunning();
    Dashboard dashboard = Dashboard.on(runtime);
    DeskWeb desk = DeskWeb.on(runtime);
    CalendarFiles calendar = new CalendarFiles(runtime.bot().context());
    Javalin app =
        Javalin.create(config -> {
          config.startup.showJavalinBanner = false;
          config.routes.get("/healthz", ctx -> ctx.result("ok"));
          config.routes.get(
              "/readyz",
              ctx -> {
                boolean ok = ready.getAsBoolean();
                ctx.status(ok ? 200 : 503).result(ok ? "ready" : "not ready");
              });
          if (access.on()) {
            config.routes.get(
                "/metrics",
                ctx -> {
                  if (!access.admits(ctx.header("Authorization"))) {
                    ctx.status(401)
                        .header("WWW-Authenticate", "Bearer")
                        .result("metrics need the bearer token set in ALLYBOT_METRICS_TOKEN");
                    return;
                  }
                  ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape());
                });
          }
          new PublicPages(runtime.bot().context().config().defaultLanguage()).routes(config);
          // The xAPI terms Allybot mints resolve to a page that describes them.
          for (String term :
              List.of("verbs/committed", "extensions/senses", "extensions/verdict")) {
            config.routes.get(
                "/xapi/" + term, ctx -> ctx.contentType(ContentType.TEXT_HTML).result(xapi));
          }
          config.routes.get(
              "/",
              ctx ->
                  org.allybot.server.web.PlainAnswer.send(
                      ctx,
                      200,
                      "pages.running",
                      runtime.bot().context().config().defaultLanguage()));
          dashboard.routes(config);
          desk.routes(config);
          calendar.routes(config);
          platformRoutes.accept(config);
        });
    app.start("0.0.0.0", port);
    return new HttpServer(app);
  }

  public static PrometheusMeterRegistry metrics() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  public int port() {
    return app.port();
  }

  private static boolean redisAnswers(AllybotRuntime runtime) {
    try {
      return "PONG".equals(runtime.redis().ping());
    } catch (RuntimeException e) {
      return false;
    }
  }

  static String page(String name) {
    try (InputStream in = HttpServer.class.getResourceAsStream("/allybot/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing page " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
