package org.allybot.server.dashboard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Supplier;
import org.allybot.core.language.Messages;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.xapi.XapiBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP routes. Every response under {@code /admin} carries a strict
 * Content-Security-Policy and no referrer (the sign-in link's token must not leak to another site);
 * pages are not cached. Sign-in, refusals and downloads are logged by workspace, never with a
 * token, a cookie or a person. Each page is in the admin's language ({@link PageLanguage}).
 */
final class DashboardRoutes {
  static final String COOKIE = "allybot_admin";
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
  private static final String CAMPAIGN_ID = "[a-z0-9-]{1,80}";
  private static final Logger LOG = LoggerFactory.getLogger(DashboardRoutes.class);

  /** A handler that runs only for a signed-in admin. */
  @FunctionalInterface
  interface AdminHandler {
    void handle(Context ctx, LinkHolder admin) throws Exception;
  }

  private final DashboardAccess access;
  private final ReportSource reports;
  private final Supplier<Optional<XapiBacklog>> xapi;
  private final boolean secureCookies;
  private final StaticAssets assets;
  private final PageLanguage language;

  DashboardRoutes(
      DashboardAccess access,
      ReportSource reports,
      Supplier<Optional<XapiBacklog>> xapi,
      boolean secureCookies,
      StaticAssets assets,
      PageLanguage language) {
    this.language = language;
    this.access = access;
    this.reports = reports;
    this.xapi = xapi;
    this.secureCookies = secureCookies;
    this.assets = assets;
  }

  void register(JavalinConfig config) {
    config.routes.before("/admin", DashboardRoutes::securityHeaders);
    config.routes.before("/admin/*", DashboardRoutes::securityHeaders);
    config.routes.get("/admin/login", this::login);
    config.routes.post("/admin/logout", this::logout);
    config.routes.get("/admin/assets/{file}", assets::serve);
    config.routes.get("/admin", signedIn(this::overview));
    config.routes.get("/admin/campaigns/{id}", signedIn(this::campaign));
    config.routes.get("/admin/campaigns/{id}/{file}", signedIn(this::csv));
  }

  static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (!ctx.path().startsWith("/admin/assets/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private void login(Context ctx) {
    switch (access.signIn(ctx.queryParam("token"))) {
      case DashboardAccess.SignIn.Opened opened -> {
        LOG.info("Dashboard sign-in in workspace {}", opened.holder().user().workspace().key());
        ctx.res().addHeader("Set-Cookie", cookie(opened.cookie(), Dashboard.SESSION.toSeconds()));
        ctx.redirect("/admin", HttpStatus.SEE_OTHER);
      }
      case DashboardAccess.SignIn.BadLink bad -> {
        LOG.info("Refused a dashboard sign-in link: unknown, expired or used");
        page(ctx, 401, PageFrame.message(say(ctx, null), "dashboard.sign-in-failed", false));
      }
      case DashboardAccess.SignIn.NotAdmin notAdmin -> {
        LOG.info("Refused a dashboard sign-in link: its holder is not an admin");
        page(ctx, 401, PageFrame.message(say(ctx, null), "dashboard.not-admin", false));
      }
    }
  }

  private void logout(Context ctx) {
    access.signOut(ctx.cookie(COOKIE));
    ctx.res().addHeader("Set-Cookie", cookie("", 0));
    ctx.redirect("/admin", HttpStatus.SEE_OTHER);
  }

  private Handler signedIn(AdminHandler handler) {
    return ctx -> {
      Optional<LinkHolder> admin = access.current(ctx.cookie(COOKIE));
      if (admin.isEmpty()) {
        if (ctx.cookie(COOKIE) != null) {
          ctx.res().addHeader("Set-Cookie", cookie("", 0));
        }
        page(ctx, 401, PageFrame.message(say(ctx, null), "dashboard.signed-out", false));
        return;
      }
      handler.handle(ctx, admin.get());
    };
  }

  private void overview(Context ctx, LinkHolder admin) {
    page(
        ctx,
        200,
        OverviewPage.render(say(ctx, admin), reports.all(admin.user().workspace()), xapi.get()));
  }

  private void campaign(Context ctx, LinkHolder admin) {
    Messages say = say(ctx, admin);
    report(ctx, admin)
        .ifPresent(r ->
            page(
                ctx,
                200,
                CampaignPage.render(
                    say,
                    reports.in(r, say.language()),
                    (round, item) ->
                        reports.writtenAnswers(
                            admin.user().workspace(), r.header().campaignId(), round, item))));
  }

  private void csv(Context ctx, LinkHolder admin) {
    Optional<CsvFiles.Kind> kind = CsvFiles.Kind.byFile(ctx.pathParam("file"));
    if (kind.isEmpty()) {
      notFound(ctx, admin);
      return;
    }
    report(ctx, admin)
        .ifPresent(r -> {
          ctx.header(
              "Content-Disposition",
              "attachment; filename=\"" + r.header().campaignId() + "-" + kind.get().file() + "\"");
          ctx.contentType("text/csv; charset=utf-8").result(kind.get().write(r));
        });
  }

  /** The campaign named in the path, in the admin's own workspace; a 404 page otherwise. */
  private Optional<CampaignReport> report(Context ctx, LinkHolder admin) {
    String id = ctx.pathParam("id");
    Optional<CampaignReport> report =
        id.matches(CAMPAIGN_ID) ? reports.one(admin.user().workspace(), id) : Optional.empty();
    if (report.isEmpty()) {
      notFound(ctx, admin);
    }
    return report;
  }

  private void notFound(Context ctx, LinkHolder admin) {
    page(ctx, 404, PageFrame.message(say(ctx, admin), "dashboard.not-found", true));
  }

  /** The page's language: the admin's (null before sign-in), else the browser's, else default. */
  private Messages say(Context ctx, LinkHolder admin) {
    return language.of(Optional.ofNullable(admin), ctx.header("Accept-Language"));
  }

  private static void page(Context ctx, int status, String html) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(html);
  }

  private String cookie(String value, long maxAgeSeconds) {
    return COOKIE
        + "="
        + value
        + "; Path=/admin; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (secureCookies ? "; Secure" : "");
  }
}
