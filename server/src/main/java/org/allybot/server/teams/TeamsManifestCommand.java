package org.allybot.server.teams;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allybot.server.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code allybot teams manifest}: writes the Teams app package to upload. */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description =
        "Write the Teams app package (manifest.json and icons). The pages default to"
            + " ALLYBOT_PUBLIC_URL's /, /privacy and /terms.")
final class TeamsManifestCommand implements Callable<Integer> {
  static final String VERSION = "0.1.0";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--app-id", required = true, description = "The bot's Microsoft app id (a GUID).")
  String appId;

  @Option(names = "--out", required = true, description = "Where to write the zip.")
  Path out;

  @Option(names = "--website-url", description = "The app's website.")
  String websiteUrl;

  @Option(names = "--privacy-url", description = "The privacy page.")
  String privacyUrl;

  @Option(names = "--terms-url", description = "The terms of use.")
  String termsUrl;

  Map<String, String> env = System.getenv();

  @Override
  public Integer call() throws Exception {
    if (!TeamsSettings.GUID.matcher(appId.strip()).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "--app-id must be the bot's app id, a GUID such as 00000000-0000-0000-0000-000000000000");
    }
    TeamsManifest.Links defaults = TeamsManifest.Links.under(Settings.from(env).core().publicUrl());
    TeamsManifest.Links links =
        new TeamsManifest.Links(
            url("--website-url", websiteUrl, defaults.website()),
            url("--privacy-url", privacyUrl, defaults.privacy()),
            url("--terms-url", termsUrl, defaults.terms()));
    System.setProperty("java.awt.headless", "true");
    TeamsAppPackage.write(out, TeamsManifest.build(appId.strip(), VERSION, links));
    spec.commandLine()
        .getOut()
        .println(
            "Wrote "
                + out
                + " (Teams manifest "
                + TeamsManifest.MANIFEST_VERSION
                + ", pages at "
                + links.website()
                + "). Upload it in Teams: Apps > Manage your apps > Upload an app.");
    return 0;
  }

  private String url(String option, String given, String fallback) {
    if (given == null || given.isBlank()) {
      return fallback;
    }
    if (!given.strip().matches("https?://\\S+")) {
      throw new ParameterException(spec.commandLine(), option + " must start with https://");
    }
    return given.strip();
  }
}
