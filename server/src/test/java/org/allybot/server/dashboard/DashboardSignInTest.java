package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.allybot.core.UserRef;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Signing in to the dashboard with a one-time link, and every way a link or session is refused. */
class DashboardSignInTest {
  @TempDir static Path data;
  private static ServedDashboard served;

  @BeforeAll
  static void start() {
    served = ServedDashboard.start(data, Map.of());
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void aLinkSetsAStrictSessionCookieAndRedirectsToTheOverview() throws Exception {
    HttpResponse<String> login =
        served.get("/admin/login?token=" + served.token(ServedDashboard.ADMIN), null);

    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("location")).contains("/admin");
    String cookie = login.headers().firstValue("set-cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("allybot_admin=")
        .contains("; Path=/admin", "; Max-Age=28800", "; HttpOnly", "; SameSite=Strict")
        .doesNotContain("Secure");
    HttpResponse<String> overview = served.get("/admin", ServedDashboard.sessionCookie(login));
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body()).contains("<html lang=\"en\">", "<h1>Campaigns</h1>");
  }

  @Test
  void theSessionLivesEightHoursInRedisUnderTheCookiesHashOnly() throws Exception {
    String cookie = served.signIn(ServedDashboard.ADMIN);

    var keys = served.runtime.redis().keys("ally:global:session:*");
    assertThat(keys).allMatch(k -> !k.contains(cookie));
    String key =
        "ally:global:session:dashboard:" + org.allybot.core.signin.OneTimeLinks.hash(cookie);
    assertThat(keys).contains(key);
    assertThat(served.runtime.redis().ttl(key)).isBetween(8 * 3600L - 60, 8 * 3600L);
  }

  @Test
  void aUsedLinkIsRefusedWithAClearPage() throws Exception {
    String token = served.token(ServedDashboard.ADMIN);
    assertThat(served.get("/admin/login?token=" + token, null).statusCode()).isEqualTo(303);

    HttpResponse<String> again = served.get("/admin/login?token=" + token, null);

    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.body())
        .contains("This sign-in link does not work")
        .contains("/ally dashboard");
    assertThat(again.headers().firstValue("set-cookie")).isEmpty();
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    String token = served.token(ServedDashboard.ADMIN);
    served.expire(token);

    HttpResponse<String> login = served.get("/admin/login?token=" + token, null);

    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.body()).contains("This sign-in link does not work");
  }

  @Test
  void aTamperedForgedOrMissingTokenIsRefused() throws Exception {
    String token = served.token(ServedDashboard.ADMIN);
    String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');

    for (String query :
        new String[] {
          "?token=" + tampered, "?token=" + "A".repeat(43), "?token=%3Cscript%3E", "?token=", ""
        }) {
      HttpResponse<String> login = served.get("/admin/login" + query, null);
      assertThat(login.statusCode()).as(query).isEqualTo(401);
      assertThat(login.body()).as(query).contains("This sign-in link does not work");
    }
    assertThat(served.get("/admin/login?token=" + token, null).statusCode())
        .as("the real link still works once")
        .isEqualTo(303);
  }

  @Test
  void aLinkWhoseHolderIsNotAnAdminIsRefused() throws Exception {
    UserRef member = new UserRef(ServedDashboard.WORKSPACE, "member-2q9");
    String token =
        served
            .runtime
            .bot()
            .context()
            .links()
            .issue(LinkPurpose.DASHBOARD, new LinkHolder(member, false), Duration.ofMinutes(10));

    int sessionsBefore = served.runtime.redis().keys("ally:global:session:*").size();

    HttpResponse<String> login = served.get("/admin/login?token=" + token, null);

    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.body()).contains("You are not an Allybot admin");
    assertThat(login.headers().firstValue("set-cookie")).isEmpty();
    assertThat(served.runtime.redis().keys("ally:global:session:*")).hasSize(sessionsBefore);
  }

  @Test
  void aMemberAskingForALinkGetsNone() {
    assertThat(served.say("member-5xk", false, "dashboard"))
        .contains("Only Allybot admins can open the dashboard")
        .doesNotContain("token=");
  }

  @Test
  void removingAnAdminEndsTheirSessionAtTheirNextClick() throws Exception {
    served.say(ServedDashboard.ADMIN, false, "admin add @deputy-8h2");
    String cookie = served.signIn("deputy-8h2");
    assertThat(served.get("/admin", cookie).statusCode()).isEqualTo(200);

    served.say(ServedDashboard.ADMIN, false, "admin remove @deputy-8h2");
    HttpResponse<String> after = served.get("/admin", cookie);

    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.body()).contains("Please sign in");
    assertThat(
            served
                .runtime
                .redis()
                .exists(
                    "ally:global:session:dashboard:"
                        + org.allybot.core.signin.OneTimeLinks.hash(cookie)))
        .isFalse();
  }

  @Test
  void anAdminsLinkIssuedBeforeTheyWereRemovedNoLongerSignsThemIn() throws Exception {
    served.say(ServedDashboard.ADMIN, false, "admin add @deputy-3m1");
    String token = served.token("deputy-3m1");
    served.say(ServedDashboard.ADMIN, false, "admin remove @deputy-3m1");

    HttpResponse<String> login = served.get("/admin/login?token=" + token, null);

    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.body()).contains("You are not an Allybot admin");
  }

  @Test
  void aMissingOrForgedSessionCookieGetsTheSignInPage() throws Exception {
    for (String cookie : new String[] {null, "A".repeat(43), "nonsense", ""}) {
      HttpResponse<String> page = served.get("/admin", cookie);
      assertThat(page.statusCode()).as(String.valueOf(cookie)).isEqualTo(401);
      assertThat(page.body()).contains("Please sign in").contains("/ally dashboard");
    }
    assertThat(served.get("/admin/campaigns/pilot", "A".repeat(43)).statusCode()).isEqualTo(401);
    assertThat(served.get("/admin/campaigns/pilot/weeks.csv", null).statusCode()).isEqualTo(401);
  }

  @Test
  void signingOutEndsTheSession() throws Exception {
    String cookie = served.signIn(ServedDashboard.ADMIN);

    HttpResponse<String> out = served.post("/admin/logout", cookie);

    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().firstValue("set-cookie").orElseThrow()).contains("Max-Age=0");
    assertThat(served.get("/admin", cookie).statusCode()).isEqualTo(401);
  }

  @Test
  void everyDashboardResponseCarriesTheStrictSecurityHeaders() throws Exception {
    String cookie = served.signIn(ServedDashboard.ADMIN);
    for (String path :
        new String[] {
          "/admin", "/admin/login?token=x", "/admin/campaigns/none", "/admin/assets/dashboard.js"
        }) {
      HttpResponse<String> r = served.get(path, cookie);
      assertThat(r.headers().firstValue("content-security-policy"))
          .as(path)
          .contains(
              "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                  + " connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
                  + " base-uri 'none'");
      assertThat(r.headers().firstValue("x-content-type-options")).as(path).contains("nosniff");
      assertThat(r.headers().firstValue("referrer-policy")).as(path).contains("no-referrer");
    }
    assertThat(served.get("/admin", cookie).headers().firstValue("cache-control"))
        .contains("no-store");
  }

  @Test
  void noTokenOrCookieReachesTheLog() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    try {
      String token = served.token(ServedDashboard.ADMIN);
      HttpResponse<String> login = served.get("/admin/login?token=" + token, null);
      String cookie = ServedDashboard.sessionCookie(login);
      served.get("/admin/login?token=" + token, null);
      served.get("/admin", cookie);

      assertThat(log.list).isNotEmpty();
      assertThat(log.list)
          .allSatisfy(e ->
              assertThat(e.getFormattedMessage())
                  .doesNotContain(token)
                  .doesNotContain(cookie)
                  .doesNotContain(ServedDashboard.ADMIN));
    } finally {
      root.detachAppender(log);
    }
  }
}
