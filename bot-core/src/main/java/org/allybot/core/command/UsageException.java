package org.allybot.core.command;

/** A mistake the user can fix; its message is shown to them as is, with the usage line. */
public final class UsageException extends RuntimeException {
  private final String usage;

  public UsageException(String message, String usage) {
    super(message);
    this.usage = usage;
  }

  public String usage() {
    return usage;
  }
}
