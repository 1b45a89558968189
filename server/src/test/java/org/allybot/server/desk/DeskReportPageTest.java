package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

/**
 * The web form on the real desk: the link {@code /ally report} offers in chat opens the desk's own
 * form, a report sent from the page is the reporter's (and only theirs) in chat, the desk's checks
 * come back beside their fields, and nothing of it is stored or logged in clear.
 */
class DeskReportPageTest {
  private static final String TEXT = "He mocked my accent in the retro, in front of the new hires.";

  @TempDir static Path data;
  private static ServedReportPage served;

  @BeforeAll
  static void start() {
    served = ServedReportPage.start(data, null);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private static Map<String, String> report(String what) {
    Map<String, String> values = new HashMap<>();
    values.put("what", what);
    values.put("when", "about last week");
    values.put("where", "Sprint retro");
    values.put("affected", "me");
    values.put("followup", "yes");
    values.put("anonymous", "yes");
    values.put("hr", "ask me first");
    values.put("escrow", "no");
    return values;
  }

  @Test
  void theLinkFromChatOpensTheDesksOwnFormWithEveryField() throws Exception {
    HttpResponse<String> page = served.open(served.chatToken("rita"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Confidential report</h1>")
        .contains("<label for=\"f-what\">What happened?")
        .contains("name=\"f-what\" maxlength=\"4000\" required")
        .contains("id=\"f-summary\"", "id=\"f-when\"", "id=\"f-where\"", "id=\"f-who\"")
        .contains("name=\"f-affected\" value=\"someone else\"")
        .contains("name=\"f-anonymous\" value=\"yes\" checked")
        .contains("name=\"f-hr\" value=\"ask me first\" checked")
        .contains("name=\"f-escrow\" value=\"no\" checked")
        .contains("<button type=\"submit\">Send report</button>");
  }

  @Test
  void aReportSentFromThePageIsTheReportersInChatAndNobodyElses() throws Exception {
    String token = served.chatToken("omar");

    HttpResponse<String> sent = served.post(token, served.form(token), report(TEXT));

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("<h1>Report received: #", "without your name");
    String number = sent.body().replaceAll("(?s).*<h1>Report received: #(\\d+)</h1>.*", "$1");
    assertThat(served.say("omar", "report status")).contains("#" + number);
    assertThat(served.say("someone-else", "report status")).doesNotContain("#" + number);
    assertThat(served.open(token).statusCode()).as("the link is spent").isEqualTo(401);
  }

  @Test
  void theDesksOwnChecksComeBackBesideTheirFieldsWithEverythingKept() throws Exception {
    String token = served.chatToken("rita");
    ServedReportPage.Page page = served.form(token);
    Map<String, String> wrong = report(TEXT);
    wrong.put("when", "2999-01-01");
    wrong.put("escrow", "yes");

    HttpResponse<String> refused = served.post(token, page, wrong);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"f-when-error\">That date is in the future.")
        .contains("id=\"f-who-error\">")
        .contains(">\n" + TEXT + "</textarea>")
        .contains("value=\"2999-01-01\"")
        .contains("name=\"f-escrow\" value=\"yes\" checked");
    Map<String, String> fixed = report(TEXT);
    assertThat(served.post(token, page, fixed).statusCode()).isEqualTo(200);
  }

  @Test
  void nothingOfAWebReportIsStoredOrLoggedInClear() throws Exception {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    root.addAppender(log);
    String secret = "Quietly excluded from the offsite planning by Jordan-7tq.";
    try {
      String token = served.chatToken("reporter-5kd");
      Map<String, String> values = report(secret);
      values.put("who", "Jordan-7tq");
      assertThat(served.post(token, served.form(token), values).statusCode()).isEqualTo(200);
    } finally {
      root.detachAppender(log);
    }

    everyValue(served.runtime.redis())
        .forEach((key, value) ->
            assertThat(value)
                .as(key)
                .doesNotContain("Quietly excluded", "Jordan-7tq", "reporter-5kd"));
    assertThat(served.runtime.redis().keys("*"))
        .isNotEmpty()
        .allSatisfy(k -> assertThat(k).doesNotContain("reporter-5kd", "Jordan-7tq"));
    assertThat(log.list)
        .allSatisfy(e ->
            assertThat(e.getFormattedMessage())
                .doesNotContain("Quietly excluded", "Jordan-7tq", "reporter-5kd"));
  }

  /** Every value in Redis, read by its type (a dump could hide text in compression). */
  private static Map<String, String> everyValue(UnifiedJedis redis) {
    Map<String, String> values = new HashMap<>();
    for (String key : redis.keys("*")) {
      values.put(
          key,
          switch (redis.type(key)) {
            case "string" -> redis.get(key);
            case "hash" -> redis.hgetAll(key).toString();
            case "list" -> redis.lrange(key, 0, -1).toString();
            case "set" -> redis.smembers(key).toString();
            case "zset" -> redis.zrange(key, 0, -1).toString();
            case "stream" -> redis.xrange(key, "-", "+").toString();
            default -> key;
          });
    }
    return values;
  }
}
