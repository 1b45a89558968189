package org.allybot.teams;

/**
 * A Bot Connector call made outside the SDK's generated client (member paging) answered with a
 * status other than 200.
 */
final class ConnectorStatus extends RuntimeException {
  private final int status;
  private final String retryAfter;
  private final String errorCode;

  ConnectorStatus(int status, String retryAfter, String errorCode) {
    super("Bot Connector answered " + status);
    this.status = status;
    this.retryAfter = retryAfter;
    this.errorCode = errorCode;
  }

  int status() {
    return status;
  }

  String retryAfter() {
    return retryAfter;
  }

  String errorCode() {
    return errorCode;
  }
}
