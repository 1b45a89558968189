package org.allybot.server.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.allybot.server.dashboard.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report page in headless Chromium, as a reporter uses it: the link from chat opens the form, a
 * mistake comes back with everything typed still there, and the report goes once. Screenshots go to
 * {@code target/desk-report-screenshots} (copies are in {@code docs/}).
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReportPageBrowserTest {
  private static final Path SHOTS = Path.of("target", "desk-report-screenshots");
  private static final String WHAT =
      "In the planning meeting my idea was credited to a colleague, again.\n"
          + "Nobody corrected it, and I did not feel I could.";

  @TempDir static Path data;
  private static ServedReportPage served;
  private static TestReportForms forms;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    forms = new TestReportForms();
    served = ServedReportPage.start(data, forms);
    browser = Browser.start(true);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  @BeforeEach
  void freshBrowser() {
    forms.sent.clear();
    browser.manage().window().setSize(new Dimension(1024, 900));
    browser.get(served.base() + "/desk/assets/desk.css");
    browser.manage().deleteAllCookies();
  }

  @Test
  void aReporterFillsInTheFormFixesAMistakeAndGetsTheirReference() throws Exception {
    String link = served.base() + "/desk/report?token=" + served.token("robin");
    browser.get(link);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Report a microaggression, confidentially");
    shoot("desk-report-form.png");

    browser.findElement(By.id("f-what")).sendKeys(WHAT);
    browser.findElement(By.id("f-when")).sendKeys("last week-ish");
    browser.findElement(By.id("f-where")).sendKeys("Planning meeting");
    browser.findElement(By.cssSelector("label[for='f-affected-2']")).click();
    browser.findElement(By.cssSelector("label[for='f-hr-0']")).click();
    submit();

    assertThat(browser.findElement(By.cssSelector(".problems h2")).getText())
        .isEqualTo("Please check the form");
    assertThat(browser.findElement(By.id("f-when-error")).getText())
        .startsWith("Write a date such as 2026-03-14");
    assertThat(browser.findElement(By.id("f-what")).getDomProperty("value")).isEqualTo(WHAT);
    assertThat(browser.findElement(By.id("f-when")).getDomProperty("value"))
        .isEqualTo("last week-ish");
    assertThat(browser.findElement(By.id("f-affected-2")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("f-hr-0")).isSelected()).isTrue();
    assertThat(forms.sent).isEmpty();
    shoot("desk-report-errors.png");

    browser.findElement(By.id("f-when")).clear();
    browser.findElement(By.id("f-when")).sendKeys("about last Tuesday");
    submit();

    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Report R-1 received");
    assertThat(browser.findElement(By.cssSelector(".reply")).getText())
        .contains("Your reference is R-1.", "picks it up within a working day");
    assertThat(forms.sent)
        .singleElement()
        .satisfies(s -> {
          assertThat(s.reporter().user().userId()).isEqualTo("robin");
          assertThat(s.values())
              .containsEntry("what", WHAT)
              .containsEntry("when", "about last Tuesday")
              .containsEntry("affected", "both")
              .containsEntry("followup", "yes")
              .containsEntry("identity", "anonymous")
              .containsEntry("hr", "yes");
        });
    assertThat(contentSecurityComplaints()).isEmpty();
    shoot("desk-report-sent.png");

    browser.get(link);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("This link does not work");
    assertThat(forms.sent).hasSize(1);
  }

  @Test
  void onAPhoneTheFormFitsTheScreenAndTheBrowserAsksForTheRequiredAnswerFirst() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(served.base() + "/desk/report?token=" + served.token("sam"));

    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
    assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
    shoot("desk-report-phone.png");

    browser.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("the empty required text stops the browser from sending")
        .isEqualTo("Report a microaggression, confidentially");
    assertThat(forms.sent).isEmpty();
  }

  @Test
  void theOnlyCookieIsTheFormCheckAndTheKeyboardReachesTheSkipLinkFirst() {
    browser.get(served.base() + "/desk/report?token=" + served.token("kim"));

    assertThat(browser.manage().getCookies())
        .extracting(Cookie::getName)
        .containsExactly(FormCheck.COOKIE);
    Cookie check = browser.manage().getCookieNamed(FormCheck.COOKIE);
    assertThat(check.isHttpOnly()).isTrue();
    assertThat(check.getSameSite()).isEqualTo("Strict");

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to the form");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  /** Sends the form and waits for the next page, so no assertion reads the old one. */
  private void submit() {
    WebElement button = browser.findElement(By.cssSelector("button[type='submit']"));
    button.click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(button));
  }

  private List<String> contentSecurityComplaints() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  private void shoot(String name) throws Exception {
    Files.createDirectories(SHOTS);
    Dimension before = browser.manage().window().getSize();
    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
    browser
        .manage()
        .window()
        .setSize(new Dimension(before.getWidth(), (int) Math.min(height + 140, 5000)));
    Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(before);
  }
}
