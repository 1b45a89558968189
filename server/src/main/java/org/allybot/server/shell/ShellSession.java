package org.allybot.server.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.language.Messages;
import org.allybot.core.member.Member;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.Settings;

/** A shell run: the runtime with the terminal as its only platform. */
public final class ShellSession implements AutoCloseable {
  private final AllybotRuntime runtime;
  private final Shell shell;

  private ShellSession(AllybotRuntime runtime, Shell shell) {
    this.runtime = runtime;
    this.shell = shell;
  }

  public static ShellSession start(
      Settings settings, Clock clock, String user, boolean admin, String zone, PrintStream out) {
    Shell[] shell = new Shell[1];
    AllybotRuntime[] runtime = new AllybotRuntime[1];
    ShellScreen screen =
        new ShellScreen(
            out,
            () ->
                shell[0] != null
                    ? shell[0].say()
                    : Messages.in(runtime[0].bot().context().languageOf().defaultLanguage()));
    ShellPlatform platform =
        new ShellPlatform(
            screen,
            () -> shell[0] == null ? "" : shell[0].acting(),
            () ->
                runtime[0].bot().context().members().all(Shell.WORKSPACE).stream()
                    .map(Member::user)
                    .map(u -> u.userId())
                    .toList());
    runtime[0] = AllybotRuntime.start(settings, Map.of(Platform.SHELL, platform), clock);
    shell[0] = new Shell(runtime[0].bot(), runtime[0].worker(), screen, user, admin, zone);
    return new ShellSession(runtime[0], shell[0]);
  }

  public void run(BufferedReader in, boolean echo) throws IOException, InterruptedException {
    shell.run(in, echo);
  }

  /** The line that greets someone who starts the shell at a terminal, in its language. */
  public String welcome() {
    return shell.say().text("shell.welcome");
  }

  /** Runs one line, then waits for the deliveries it caused. */
  public void say(String line) throws InterruptedException {
    shell.handle(line);
    runtime.worker().awaitIdle(Shell.SETTLE);
  }

  /** The runtime under the shell, for tests that drive its scheduled jobs by hand. */
  AllybotRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
