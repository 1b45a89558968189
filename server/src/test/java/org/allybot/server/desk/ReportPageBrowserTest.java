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
import org.openqa.selenium.WebDriverException;
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
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    served = ServedReportPage.start(data, null);
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
    browser.manage().window().setSize(new Dimension(1024, 900));
    browser.get(served.base() + "/desk/assets/desk.css");
    browser.manage().deleteAllCookies();
  }

  @Test
  void aReporterFillsInTheFormFixesAMistakeAndGetsTheirReference() throws Exception {
    String link = served.base() + "/desk/report?token=" + served.chatToken("robin");
    browser.get(link);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Confidential report");
    shoot("desk-report-form.png");

    browser.findElement(By.id("f-what")).sendKeys(WHAT);
    browser.findElement(By.id("f-when")).sendKeys("2999-01-01");
    browser.findElement(By.id("f-where")).sendKeys("Planning meeting");
    browser.findElement(By.cssSelector("label[for='f-affected-2']")).click();
    browser.findElement(By.cssSelector("label[for='f-hr-1']")).click();
    submit();

    assertThat(browser.findElement(By.cssSelector(".problems h2")).getText())
        .isEqualTo("Please check the form");
    assertThat(browser.findElement(By.id("f-when-error")).getText())
        .startsWith("That date is in the future.");
    assertThat(browser.findElement(By.id("f-what")).getDomProperty("value")).isEqualTo(WHAT);
    assertThat(browser.findElement(By.id("f-when")).getDomProperty("value"))
        .isEqualTo("2999-01-01");
    assertThat(browser.findElement(By.id("f-affected-2")).isSelected()).isTrue();
    assertThat(browser.findElement(By.id("f-hr-1")).isSelected()).isTrue();
    assertThat(served.say("robin", "report status")).doesNotContain("#1");
    shoot("desk-report-errors.png");

    browser.findElement(By.id("f-when")).clear();
    browser.findElement(By.id("f-when")).sendKeys("about last Tuesday");
    browser.findElement(By.id("f-summary")).sendKeys("My idea credited to someone else");
    submit();

    // The reports of the other tests share the instance, so the number is read off the page.
    String heading = browser.findElement(By.tagName("h1")).getText();
    assertThat(heading).matches("Report received: #\\d+");
    String number = heading.substring(heading.indexOf('#'));
    assertThat(browser.findElement(By.cssSelector(".reply")).getText())
        .contains("without your name", "HR is involved only as you chose (yes)");
    assertThat(served.say("robin", "report status"))
        .contains(number, "My idea credited to someone else");
    assertThat(served.say("sam", "report status")).doesNotContain(number);
    assertThat(contentSecurityComplaints()).isEmpty();
    shoot("desk-report-sent.png");

    browser.get(link);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("This link does not work");
  }

  @Test
  void onAPhoneTheFormFitsTheScreenAndTheBrowserAsksForTheRequiredAnswerFirst() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(served.base() + "/desk/report?token=" + served.chatToken("sam"));

    long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    long clientWidth = (Long) browser.executeScript("return document.documentElement.clientWidth;");
    assertThat(scrollWidth).isLessThanOrEqualTo(clientWidth);
    shoot("desk-report-phone.png");

    browser.findElement(By.cssSelector("button[type='submit']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .as("the empty required text stops the browser from sending")
        .isEqualTo("Confidential report");
    assertThat(served.say("sam", "report status")).doesNotContain("#");
  }

  @Test
  void theOnlyCookieIsTheFormCheckAndTheKeyboardReachesTheSkipLinkFirst() {
    browser.get(served.base() + "/desk/report?token=" + served.chatToken("kim"));

    assertThat(browser.manage().getCookies())
        .extracting(Cookie::getName)
        .containsExactly(FormCheck.COOKIE);
    Cookie check = browser.manage().getCookieNamed(FormCheck.COOKIE);
    assertThat(check.isHttpOnly()).isTrue();
    assertThat(check.getSameSite()).isEqualTo("Strict");

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to the main content");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void aSpanishSpeakingReporterFillsInTheFormInSpanish() throws Exception {
    served.say("lucia", "language es");
    browser.get(served.base() + "/desk/report?token=" + served.chatToken("lucia"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reporte confidencial");
    assertThat(browser.findElement(By.cssSelector("label[for='f-what']")).getText())
        .startsWith("¿Qué pasó?");
    shoot("desk-report-form-es.png");

    browser
        .findElement(By.id("f-what"))
        .sendKeys("En la reunión de planificación atribuyeron mi idea a otra persona.");
    browser.findElement(By.id("f-when")).sendKeys("2999-01-01");
    submit();
    assertThat(browser.findElement(By.cssSelector(".problems h2")).getText())
        .isEqualTo("Revisa el formulario");
    assertThat(browser.findElement(By.id("f-when-error")).getText())
        .startsWith("Esa fecha todavía no ha llegado.");

    browser.findElement(By.id("f-when")).clear();
    browser.findElement(By.id("f-when")).sendKeys("el martes pasado");
    browser.findElement(By.cssSelector("label[for='f-affected-2']")).click();
    submit();
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .startsWith("Reporte recibido: n.º ");
    assertThat(browser.findElement(By.cssSelector(".reply")).getText()).contains("sin tu nombre");
    assertThat(contentSecurityComplaints()).isEmpty();
    shoot("desk-report-sent-es.png");
  }

  /** Sends the form and waits for the next page, so no assertion reads the old one. */
  private void submit() {
    WebElement button = browser.findElement(By.cssSelector("button[type='submit']"));
    button.click();
    // While the page is replaced, Chromium may answer "node does not belong to the document"
    // before it answers "stale": both mean the old page is going.
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
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
