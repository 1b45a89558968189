package org.allybot.server.dashboard;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.allybot.core.CoreContext;
import org.allybot.core.member.MemberDirectory;
import org.allybot.server.runtime.AllybotRuntime;

/**
 * The admin dashboard in the browser: sign-in by one-time link, the campaign pages with their
 * charts, and the CSV downloads, all under {@code /admin}.
 */
public final class Dashboard {
  /** How long a signed-in session lasts. */
  static final Duration SESSION = Duration.ofHours(8);

  private final DashboardRoutes routes;

  private Dashboard(DashboardRoutes routes) {
    this.routes = routes;
  }

  /** The dashboard of a running instance, on its store and with its reports. */
  public static Dashboard on(AllybotRuntime runtime) {
    return on(runtime, ReportSource.of(runtime.bot().context()));
  }

  static Dashboard on(AllybotRuntime runtime, ReportSource reports) {
    CoreContext core = runtime.bot().context();
    DashboardAccess access =
        new DashboardAccess(
            core.links(), new AdminSessions(runtime.redis(), SESSION), new MemberDirectory(core));
    boolean https = core.config().publicUrl().startsWith("https://");
    PageLanguage language = new PageLanguage(core.languages(), core.languageOf().defaultLanguage());
    return new Dashboard(
        new DashboardRoutes(
            access,
            reports,
            runtime::xapiBacklog,
            https,
            new StaticAssets(core.languageOf().defaultLanguage()),
            language));
  }

  public void routes(JavalinConfig config) {
    routes.register(config);
  }
}
