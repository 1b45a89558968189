package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard in headless Chromium, as an admin uses it: the link from chat signs in, each chart
 * is drawn from its table's figures, small groups read "fewer than 5", and bad links are refused.
 * Screenshots of the campaign page go to {@code target/dashboard-screenshots}.
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DashboardBrowserTest {
  private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
  private static final String SPANISH_ADMIN = "admin-es-4m8p";

  @TempDir static Path data;
  private static ServedDashboard served;
  private static ChromeDriver shared;
  private ChromeDriver browser;

  @BeforeAll
  static void start() {
    Browser.assumeInstalled();
    served =
        ServedDashboard.start(
            data,
            Map.of("ALLYBOT_ADMINS", ServedDashboard.ADMIN + "," + SPANISH_ADMIN),
            new SampleReports());
    served.say(SPANISH_ADMIN, false, "language es");
    shared = Browser.start(true);
  }

  @AfterAll
  static void stop() {
    if (shared != null) {
      shared.quit();
    }
    if (served != null) {
      served.close();
    }
  }

  /** One browser for the class (starting Chromium is the slow part), signed out between tests. */
  @BeforeEach
  void signedOut() {
    browser = shared;
    browser.get(served.base() + "/admin/assets/dashboard.css");
    browser.manage().deleteAllCookies();
  }

  private void signIn() {
    browser.get(served.base() + "/admin/login?token=" + served.token(ServedDashboard.ADMIN));
  }

  @SuppressWarnings("unchecked")
  private List<List<Object>> plotted(String chart) {
    return (List<List<Object>>)
        browser.executeScript(
            "var c = document.querySelector('div.chart[data-for=\"' + arguments[0] + '\"] canvas');"
                + " return window.Chart.getChart(c).data.datasets.map(function (d) {"
                + " return d.data; });",
            chart);
  }

  private static List<Object> values(Object... v) {
    return Arrays.asList(v);
  }

  private String cell(String table, String row, int column) {
    return browser
        .findElement(
            By.xpath("//table[@id='" + table + "']/tbody/tr[th='" + row + "']/td[" + column + "]"))
        .getText();
  }

  @Test
  void theLinkFromChatSignsInAndTheCampaignPageDrawsEveryChartFromItsTable() throws Exception {
    signIn();
    assertThat(browser.getCurrentUrl()).isEqualTo(served.base() + "/admin");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Campaigns");

    browser.findElement(By.linkText("Pilot")).sendKeys(Keys.ENTER);

    assertThat(browser.getCurrentUrl()).isEqualTo(served.base() + "/admin/campaigns/pilot");
    for (String chart : List.of("weeks", "senses", "survey", "ally-kpi", "community")) {
      WebElement box = browser.findElement(By.cssSelector("div.chart[data-for='" + chart + "']"));
      assertThat(box.getAttribute("data-drawn")).as(chart).isEqualTo("true");
      assertThat(box.findElement(By.tagName("canvas")).getSize().getHeight())
          .as(chart)
          .isPositive();
    }
    assertThat(plotted("weeks"))
        .containsExactly(
            values(30L, 26L, null, 22L), values(61L, 55L, 9L, 48L), values(28L, null, 6L, 21L));
    assertThat(plotted("senses")).containsExactly(values(64L, 41L, null, 37L, 29L, 33L));
    assertThat(plotted("survey"))
        .containsExactly(values(2.8, 3.1), values(3.6, null), values(null, null));
    assertThat(plotted("ally-kpi")).containsExactly(values(56L, 79L, null));
    assertThat(plotted("community")).containsExactly(values(12L, 27L, null));
    assertThat(cell("weeks", "2026-W47", 1)).isEqualTo("fewer than 5");
    assertThat(cell("senses", "Take action", 1)).isEqualTo("64");
    assertThat(cell("ally-kpi", "At the end", 1)).isEqualTo("79% (60% to 90%; 24 people)");
    assertThat(cell("community", "Questions asked", 1)).isEqualTo("12");
    assertThat(contentSecurityComplaints()).isEmpty();
    screenshots();
  }

  @Test
  void figuresFromFewerThanFivePeopleReadFewerThanFiveOnScreen() {
    signIn();
    browser.get(served.base() + "/admin/campaigns/pilot");

    assertThat(cell("senses", "See privilege", 1)).isEqualTo("fewer than 5");
    assertThat(cell("survey", SampleReports.HIDDEN_ITEM, 2)).isEqualTo("fewer than 5");
    assertThat(cell("ally-kpi", "90 days after", 1)).isEqualTo("fewer than 5");
    assertThat(cell("community", "Questions resolved", 1)).isEqualTo("fewer than 5");
    assertThat(browser.findElement(By.xpath("//dt[.='Commitments tried']/../dd")).getText())
        .isEqualTo("fewer than 5");
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirstAndItMovesToTheFigures() {
    signIn();
    browser.get(served.base() + "/admin/campaigns/pilot");

    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = browser.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to the figures");
    skip.sendKeys(Keys.ENTER);

    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
  }

  @Test
  void aUsedAnExpiredAndANonAdminsLinkAreRefused() {
    String used = served.token(ServedDashboard.ADMIN);
    browser.get(served.base() + "/admin/login?token=" + used);
    browser.manage().deleteAllCookies();
    browser.get(served.base() + "/admin/login?token=" + used);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("This sign-in link does not work");

    String expired = served.token(ServedDashboard.ADMIN);
    served.expire(expired);
    browser.get(served.base() + "/admin/login?token=" + expired);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("This sign-in link does not work");

    served.say(ServedDashboard.ADMIN, false, "admin add @short-lived-admin");
    String nonAdmin = served.token("short-lived-admin");
    served.say(ServedDashboard.ADMIN, false, "admin remove @short-lived-admin");
    browser.get(served.base() + "/admin/login?token=" + nonAdmin);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("You are not an Allybot admin");

    browser.get(served.base() + "/admin/campaigns/pilot");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Please sign in");
  }

  @Test
  void withoutScriptsThePageStillShowsEveryFigureInItsTables() {
    browser = Browser.start(false);
    try {
      signIn();
      browser.get(served.base() + "/admin/campaigns/pilot");

      assertThat(browser.findElements(By.tagName("canvas"))).isEmpty();
      assertThat(cell("weeks", "2026-W45", 1)).isEqualTo("30");
      assertThat(cell("survey", SampleReports.ITEM, 2)).isEqualTo("3.6 (3.3 to 3.9; 24 people)");
      assertThat(browser.findElement(By.cssSelector("div.chart[data-for='weeks']")).isDisplayed())
          .isFalse();
    } finally {
      browser.quit();
    }
  }

  @Test
  void anAdminWhoChoseSpanishReadsTheCampaignPageInSpanishWithEveryChartDrawn() throws Exception {
    browser.get(served.base() + "/admin/login?token=" + served.token(SPANISH_ADMIN));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Campañas");

    browser.findElement(By.linkText("Pilot")).sendKeys(Keys.ENTER);

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    for (String chart : List.of("weeks", "senses", "survey", "ally-kpi", "community")) {
      WebElement box = browser.findElement(By.cssSelector("div.chart[data-for='" + chart + "']"));
      assertThat(box.getAttribute("data-drawn")).as(chart).isEqualTo("true");
    }
    assertThat(plotted("ally-kpi")).containsExactly(values(56L, 79L, null));
    assertThat(cell("senses", "Actuar", 1)).isEqualTo("64");
    assertThat(cell("ally-kpi", "Al final", 1)).isEqualTo("79 % (de 60 % a 90 %; 24 personas)");
    assertThat(cell("weeks", "2026-W47", 1)).isEqualTo("menos de 5");
    assertThat(contentSecurityComplaints()).isEmpty();
    Files.createDirectories(SHOTS);
    fullHeight();
    Files.write(
        SHOTS.resolve("dashboard-campaign-es.png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(1280, 900));
  }

  private List<String> contentSecurityComplaints() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
        .toList();
  }

  private void screenshots() throws Exception {
    Files.createDirectories(SHOTS);
    fullHeight();
    Files.write(SHOTS.resolve("dashboard-campaign.png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(new Dimension(1280, 900));
    browser.get(served.base() + "/admin");
    Files.write(SHOTS.resolve("dashboard-overview.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** The window as tall as the page, so a screenshot holds all of it. */
  private void fullHeight() {
    for (int pass = 0; pass < 2; pass++) {
      long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
      browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 120, 6000)));
    }
  }
}
