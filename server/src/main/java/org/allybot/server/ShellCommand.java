package org.allybot.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.allybot.server.runtime.Settings;
import org.allybot.server.runtime.TempFolder;
import org.allybot.server.shell.ShellSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code allybot shell}: chat with Allybot in the terminal, no Slack or Teams account needed. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Chat with Allybot in the terminal. Each line is what you type in a direct message to the bot:",
      "/ally commands as in Slack, a number to press a button, '/ally as NAME' to become someone else."
    })
final class ShellCommand implements Callable<Integer> {
  @Option(
      names = "--as",
      defaultValue = "admin",
      description = "admin or member (default: ${DEFAULT-VALUE})")
  String role;

  @Option(
      names = "--user",
      defaultValue = "you",
      description = "your name in the shell (default: ${DEFAULT-VALUE})")
  String user;

  @Option(
      names = "--data",
      description = "keep the embedded store in DIR, so a later run sees this one's data")
  Path data;

  @Option(
      names = "--lang",
      description =
          "the language the shell speaks: en, es or en-XA (the pseudo-locale); default:"
              + " ALLYBOT_DEFAULT_LANGUAGE, else en")
  String lang;

  @Override
  public Integer call() throws Exception {
    if (System.getenv("ALLYBOT_LOG_LEVEL") == null
        && System.getProperty("ALLYBOT_LOG_LEVEL") == null) {
      System.setProperty("ALLYBOT_LOG_LEVEL", "WARN");
    }
    if (!role.equals("admin") && !role.equals("member")) {
      System.err.println("--as takes admin or member, not '" + role + "'.");
      return 2;
    }
    Map<String, String> env = new HashMap<>(System.getenv());
    TempFolder temporary = data == null ? TempFolder.create("allybot-shell") : null;
    Path folder = data != null ? data : temporary.path();
    env.put("ALLYBOT_DATA_DIR", folder.toString());
    env.remove("REDIS_URL");
    if (lang != null) {
      if (org.allybot.core.language.Language.ofTag(lang).isEmpty()) {
        System.err.println("--lang takes en, es or en-XA, not '" + lang + "'.");
        return 2;
      }
      env.put("ALLYBOT_DEFAULT_LANGUAGE", lang);
    }
    Settings settings = Settings.from(env);
    try (ShellSession session =
        ShellSession.start(
            settings,
            Clock.systemUTC(),
            user,
            role.equals("admin"),
            ZoneId.systemDefault().getId(),
            System.out)) {
      // Ctrl-C: close the runtime (the embedded Redis last) instead of leaving it to the JVM.
      Runtime.getRuntime()
          .addShutdownHook(
              Thread.ofPlatform().name("allybot-shell-stop").unstarted(session::close));
      boolean interactive = System.console() != null;
      if (interactive) {
        System.out.println(session.welcome());
      }
      session.run(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
          !interactive);
    } finally {
      if (temporary != null) {
        temporary.close();
      }
    }
    return 0;
  }
}
