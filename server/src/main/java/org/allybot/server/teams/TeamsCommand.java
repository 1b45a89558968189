package org.allybot.server.teams;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code allybot teams ...}: tools for running Allybot in Microsoft Teams. */
@Command(
    name = "teams",
    mixinStandardHelpOptions = true,
    description = "Microsoft Teams tools.",
    subcommands = {TeamsManifestCommand.class})
public final class TeamsCommand implements Runnable {
  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }
}
