package org.allybot.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code allybot} command line: every way to run the product starts here. */
@Command(
    name = "allybot",
    mixinStandardHelpOptions = true,
    version = "Allybot 0.1.0",
    description = "Keeps allyship training alive in Slack and Microsoft Teams.",
    subcommands = {
      ContentCommand.class,
      ShellCommand.class,
      ServeCommand.class,
      org.allybot.server.teams.TeamsCommand.class,
      KeysCommand.class,
      LanguageCommand.class
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
          commandLine.getErr().println("allybot: " + oneLine(e));
          return 1;
        })
        .execute(args);
  }

  /** The failure as a short message for the terminal, without a stack trace. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
