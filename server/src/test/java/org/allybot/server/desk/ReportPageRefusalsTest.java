package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Every way the report page refuses a link, a post or a method, and what it never lets out. */
class ReportPageRefusalsTest {
  private static final Map<String, String> REPORT =
      Map.of(
          "what",
          "A remark about my accent in the stand-up.",
          "affected",
          "me",
          "identity",
          "anonymous",
          "hr",
          "no");
  private static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  @TempDir static Path data;
  private static ServedReportPage served;
  private static TestReportForms forms;

  @BeforeAll
  static void start() {
    forms = new TestReportForms();
    served = ServedReportPage.start(data, forms);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @BeforeEach
  void reset() {
    forms.sent.clear();
    forms.available = true;
  }

  private static void assertBadLinkPage(HttpResponse<String> r, String token, String as) {
    assertThat(r.statusCode()).as(as).isEqualTo(401);
    assertThat(r.body())
        .as(as)
        .contains("<h1>This link does not work</h1>", "type /ally report")
        .doesNotContain("<form");
    if (token != null && !token.isEmpty()) {
      assertThat(r.body()).as(as).doesNotContain(token);
    }
    assertThat(r.headers().allValues("set-cookie")).as(as).isEmpty();
  }

  @Test
  void aTamperedForgedOrMissingTokenGetsTheSamePlainRefusal() throws Exception {
    String token = served.token("robin");
    String tampered = token.substring(0, 42) + (token.charAt(42) == 'A' ? 'B' : 'A');
    for (String query :
        List.of("?token=" + tampered, "?token=" + "A".repeat(43), "?token=%3Cscript%3E", "")) {
      assertBadLinkPage(served.get("/desk/report" + query), tampered, query);
    }
    assertThat(served.open(token).statusCode()).as("the real link still works").isEqualTo(200);
  }

  @Test
  void anExpiredLinkIsRefusedToOpenAndToSendAndWhatWasWrittenComesBack() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    served.expire(token);

    assertBadLinkPage(served.open(token), token, "open");
    HttpResponse<String> sent = served.post(token, page, REPORT);
    assertThat(sent.statusCode()).isEqualTo(401);
    assertThat(forms.sent).isEmpty();
    assertThat(sent.body())
        .as("what was written while the link ran out comes back to copy")
        .contains("This link does not work", "<h2>What you wrote</h2>", "Nothing was sent.")
        .contains("<label for=\"f-what\">What happened?</label>")
        .contains("readonly>\nA remark about my accent in the stand-up.</textarea>")
        .doesNotContain("<form", token);
  }

  @Test
  void aDashboardSignInLinkDoesNotOpenTheReportPage() throws Exception {
    String dashboard =
        served
            .runtime
            .bot()
            .context()
            .links()
            .issue(
                LinkPurpose.DASHBOARD,
                new LinkHolder(ServedReportPage.actor("robin").user(), false),
                Duration.ofMinutes(10));

    assertBadLinkPage(served.open(dashboard), dashboard, "dashboard link");
  }

  @Test
  void aPostWithoutTheMatchingCheckIsForbiddenAndLeavesTheLinkUnspent() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    String fields = "_token=" + token + "&f-what=x&f-affected=me";
    String other = "B".repeat(43);

    for (var attempt :
        List.of(
            List.of("no cookie, no field", fields),
            List.of("cookie only", fields),
            List.of("field only", fields + "&_csrf=" + page.check()),
            List.of("mismatch", fields + "&_csrf=" + other))) {
      String cookie = attempt.getFirst().equals("cookie only") ? page.check() : null;
      cookie = attempt.getFirst().equals("mismatch") ? page.check() : cookie;
      HttpResponse<String> r = served.send("POST", "/desk/report", cookie, attempt.get(1));
      assertThat(r.statusCode()).as(attempt.getFirst()).isEqualTo(403);
      assertThat(r.body()).as(attempt.getFirst()).contains("This form could not be checked");
    }
    assertThat(forms.sent).isEmpty();
    assertThat(served.post(token, page, REPORT).statusCode()).isEqualTo(200);
  }

  @Test
  void otherMethodsAreNotAllowed() throws Exception {
    String token = served.token("robin");
    for (String method : List.of("PUT", "PATCH", "DELETE")) {
      HttpResponse<String> r = served.send(method, "/desk/report?token=" + token, null, "");
      assertThat(r.statusCode()).as(method).isEqualTo(405);
      assertThat(r.headers().firstValue("allow")).as(method).contains("GET, POST");
      assertThat(r.body()).as(method).contains("only shows and sends the report form");
    }
    assertThat(served.open(token).statusCode()).isEqualTo(200);
  }

  @Test
  void aBodyFarOverAnyLimitIsRefusedWithAPage() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    String body = "_token=" + token + "&_csrf=" + page.check() + "&f-what=" + "x".repeat(2_000_000);

    HttpResponse<String> r = served.send("POST", "/desk/report", page.check(), body);

    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("This form is too large to send", "shorten");
    assertThat(forms.sent).isEmpty();
  }

  @Test
  void withoutAFormFromTheCoreThePageSaysSoAndTheLinkIsKept() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    forms.available = false;

    assertThat(served.open(token).statusCode()).isEqualTo(503);
    HttpResponse<String> sent = served.post(token, page, REPORT);
    assertThat(sent.statusCode()).isEqualTo(503);
    assertThat(sent.body()).contains("The report form is not available here");

    forms.available = true;
    assertThat(served.post(token, page, REPORT).statusCode()).isEqualTo(200);
  }

  @Test
  void everyResponseIsStrictAndSetsNoCookieButTheFormCheck() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    List<HttpResponse<String>> responses =
        List.of(
            page.response(),
            served.post(token, page, Map.of("what", "")),
            served.send("POST", "/desk/report", null, "_token=x"),
            served.open("nonsense"),
            served.send("DELETE", "/desk/report", null, ""),
            served.get("/desk/assets/desk.css"),
            served.post(token, page, REPORT));
    for (HttpResponse<String> r : responses) {
      String as = r.request().method() + " " + r.uri() + " " + r.statusCode();
      assertThat(r.headers().firstValue("content-security-policy")).as(as).contains(CSP);
      assertThat(r.headers().firstValue("x-content-type-options")).as(as).contains("nosniff");
      assertThat(r.headers().firstValue("referrer-policy")).as(as).contains("no-referrer");
      assertThat(r.headers().firstValue("x-frame-options")).as(as).contains("DENY");
      assertThat(r.headers().allValues("set-cookie"))
          .as(as)
          .allSatisfy(c ->
              assertThat(c)
                  .startsWith(FormCheck.COOKIE + "=")
                  .contains("; Path=/desk/report", "; HttpOnly", "; SameSite=Strict"));
    }
    assertThat(page.response().headers().firstValue("set-cookie").orElseThrow())
        .isEqualTo(
            FormCheck.COOKIE
                + "="
                + page.check()
                + "; Path=/desk/report; Max-Age=600; HttpOnly; SameSite=Strict");
    assertThat(page.response().headers().firstValue("cache-control")).contains("no-store");
    assertThat(served.get("/desk/assets/desk.css").body()).contains(".problems");
    assertThat(served.get("/desk/assets/other.js").statusCode()).isEqualTo(404);
  }

  @Test
  void noTokenCheckReporterOrTextReachesTheLog() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    try {
      String token = served.token("reporter-9q4");
      ServedReportPage.Page page = served.form(token);
      served.send("POST", "/desk/report", null, "_token=" + token);
      served.post(token, page, Map.of("what", "A remark about my accent", "affected", "nobody"));
      served.post(token, page, REPORT);
      served.post(token, page, REPORT);

      assertThat(log.list).isNotEmpty();
      assertThat(log.list)
          .allSatisfy(e ->
              assertThat(e.getFormattedMessage())
                  .doesNotContain(token)
                  .doesNotContain(page.check())
                  .doesNotContain("reporter-9q4")
                  .doesNotContain("accent")
                  .doesNotContain("local"));
    } finally {
      root.detachAppender(log);
    }
  }
}
