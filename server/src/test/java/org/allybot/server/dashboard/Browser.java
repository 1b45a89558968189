package org.allybot.server.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by
 * Selenium at the installed chromedriver, so Selenium Manager never tries to download a browser.
 */
public final class Browser {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Browser() {}

  /** Skips the calling test, saying what to install, when the browser is not there. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "The browser test needs Debian's chromium and chromium-driver"
            + " (apt-get install chromium chromium-driver); .ci/run installs them.");
  }

  public static ChromeDriver start(boolean javascript) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--lang=en-GB",
        "--no-first-run",
        "--disable-extensions");
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            // .ci/any-date.sh moves the clock with libfaketime in LD_PRELOAD; Chromium hangs
            // under it, so the browser keeps the real clock (cookies' Max-Age is relative anyway).
            .withEnvironment(java.util.Map.of("LD_PRELOAD", "", "FAKETIME", ""))
            .withTimeout(java.time.Duration.ofSeconds(30))
            .build();
    return new ChromeDriver(service, options);
  }
}
