package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report form as a web page, as its holder uses it: open, fill in, send, fix, send once. */
class ReportPageTest {
  private static final Map<String, String> REPORT =
      Map.of(
          "what",
          "In the planning meeting my idea was credited to a colleague, again.",
          "when",
          "about last Tuesday",
          "where",
          "Planning meeting",
          "affected",
          "me",
          "followup",
          "yes",
          "identity",
          "anonymous",
          "hr",
          "ask me first");

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
  void nothingSentYet() {
    forms.sent.clear();
  }

  @Test
  void theLinkOpensTheFormWithLabelsRequiredMarksLimitsAndChoices() throws Exception {
    HttpResponse<String> page = served.open(served.token("robin"));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).contains("text/html;charset=utf-8");
    assertThat(page.body())
        .contains("<html lang=\"en\">", "name=\"viewport\"")
        .contains("<h1>Report a microaggression, confidentially</h1>")
        .contains("<label for=\"f-what\">What happened? <span class=\"required\">(required)")
        .contains("<textarea rows=\"8\" id=\"f-what\" name=\"f-what\" maxlength=\"4000\" required")
        .contains("Up to 4,000 characters.")
        .contains("<input type=\"text\" id=\"f-where\" name=\"f-where\" maxlength=\"200\"")
        .contains("<legend>Who was affected? <span class=\"required\">(required)</span></legend>")
        .contains("type=\"radio\" id=\"f-affected-0\" name=\"f-affected\" value=\"me\" checked")
        .contains("value=\"someone else\"", "value=\"both\"")
        .contains("name=\"f-followup\" value=\"yes\" checked", "name=\"f-followup\" value=\"no\"")
        .contains("value=\"ask me first\" checked")
        .contains("<button type=\"submit\">Send the report</button>")
        .contains("<link rel=\"stylesheet\" href=\"/desk/assets/desk.css\">")
        .doesNotContain("<script", "style=", "http://", "https://");
  }

  @Test
  void openingTheLinkAgainAndAgainDoesNotSpendIt() throws Exception {
    String token = served.token("robin");
    for (int scan = 0; scan < 3; scan++) {
      assertThat(served.open(token).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> sent = served.post(token, served.form(token), REPORT);

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(forms.sent).hasSize(1);
  }

  @Test
  void sendingGivesTheValuesToTheCoreAsTheHoldersAndShowsTheReferenceAndWhatHappensNext()
      throws Exception {
    String token = served.token("robin");

    HttpResponse<String> sent = served.post(token, served.form(token), REPORT);

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body())
        .contains("<h1>Report R-1 received</h1>")
        .contains("<strong>Thank you.</strong> Your reference is <strong>R-1</strong>.")
        .contains("An ally on the desk rota picks it up within a working day.")
        .contains("You can close this page.");
    assertThat(forms.sent).hasSize(1);
    TestReportForms.Sent got = forms.sent.getFirst();
    assertThat(got.reporter().user()).isEqualTo(ServedReportPage.actor("robin").user());
    assertThat(got.values()).containsAllEntriesOf(REPORT).containsEntry("who", "");
    assertThat(sent.headers().allValues("set-cookie"))
        .singleElement()
        .asString()
        .startsWith(FormCheck.COOKIE + "=;")
        .contains("Max-Age=0");
  }

  @Test
  void theLinkWorksForOneReportOnly() throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    assertThat(served.post(token, page, REPORT).statusCode()).isEqualTo(200);

    HttpResponse<String> again = served.post(token, page, REPORT);
    HttpResponse<String> reopened = served.open(token);

    assertThat(again.statusCode()).isEqualTo(401);
    assertThat(again.body()).contains("This link does not work", "/ally report status");
    assertThat(reopened.statusCode()).isEqualTo(401);
    assertThat(forms.sent).hasSize(1);
  }

  @Test
  void theCoresMistakesComeBackBesideTheirFieldsWithEverythingTypedKeptAndTheLinkStillWorks()
      throws Exception {
    String token = served.token("robin");
    ServedReportPage.Page page = served.form(token);
    Map<String, String> wrong = new java.util.HashMap<>(REPORT);
    wrong.put("when", "last week-ish");
    wrong.put("who", "Kim <from sales> & \"co\"");
    wrong.put("affected", "both");

    HttpResponse<String> refused = served.post(token, page, wrong);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("role=\"alert\"", "Please check the form")
        .contains("<a href=\"#f-when\">When? (a date, or &quot;about&quot; and roughly when)</a>")
        .contains("<p class=\"error\" id=\"f-when-error\">Write a date such as 2026-03-14")
        .contains("id=\"f-when\" name=\"f-when\" maxlength=\"100\" aria-invalid=\"true\"")
        .contains("value=\"last week-ish\"")
        .contains("value=\"Kim &lt;from sales&gt; &amp; &quot;co&quot;\"")
        .contains(
            ">\nIn the planning meeting my idea was credited to a colleague, again.</textarea>")
        .contains("value=\"both\" checked")
        .doesNotContain("value=\"me\" checked");
    assertThat(forms.sent).isEmpty();

    Map<String, String> fixed = new java.util.HashMap<>(wrong);
    fixed.put("when", "2026-11-24");
    HttpResponse<String> sent = served.post(token, page, fixed);
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(forms.sent)
        .singleElement()
        .extracting(s -> s.values().get("who"))
        .isEqualTo("Kim <from sales> & \"co\"");
  }

  @Test
  void aMissingAnswerAndAnUnknownChoiceAreRefusedByThePageBeforeTheCore() throws Exception {
    String token = served.token("robin");
    Map<String, String> wrong = new java.util.HashMap<>(REPORT);
    wrong.put("what", "   ");
    wrong.put("hr", "tell everyone");

    HttpResponse<String> refused = served.post(token, served.form(token), wrong);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("id=\"f-what-error\">This one needs an answer.")
        .contains("id=\"f-hr-error\">Please choose one of the options.");
    assertThat(forms.sent).isEmpty();
    assertThat(served.open(token).statusCode()).as("the link still works").isEqualTo(200);
  }

  @Test
  void oversizedTextIsRefusedWithAClearErrorAndTheTextKept() throws Exception {
    String token = served.token("robin");
    String tooLong = "It happened again. ".repeat(211).substring(0, 4001);
    Map<String, String> wrong = new java.util.HashMap<>(REPORT);
    wrong.put("what", tooLong);

    HttpResponse<String> refused = served.post(token, served.form(token), wrong);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("This is 4,001 characters long; the limit is 4,000. Please shorten it")
        .contains(">\n" + tooLong + "</textarea>");
    assertThat(forms.sent).isEmpty();
  }

  @Test
  void lineBreaksCountAsOneCharacterAsTheBrowserCountedThem() throws Exception {
    String token = served.token("robin");
    String lines = "a\r\n".repeat(2000);
    Map<String, String> report = new java.util.HashMap<>(REPORT);
    report.put("what", lines);

    HttpResponse<String> sent = served.post(token, served.form(token), report);

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(forms.sent.getFirst().values().get("what")).hasSize(4000).doesNotContain("\r");
  }

  @Test
  void eachLinkSendsAsItsOwnHolderOnly() throws Exception {
    String robins = served.token("robin");
    String sams = served.token("sam");

    served.post(sams, served.form(sams), REPORT);
    served.post(robins, served.form(robins), REPORT);

    assertThat(forms.sent)
        .extracting(s -> s.reporter().user().userId())
        .containsExactly("sam", "robin");
    assertThat(forms.sent.getFirst().reporter().platformAdmin()).isFalse();
  }
}
