package org.allybot.testkit.slack;

/**
 * A message the fake Slack accepted from {@code chat.postMessage}: where, its ts, its text, and its
 * {@code metadata} as the JSON it was posted with (empty for none).
 */
public record SlackPost(String channel, String ts, String text, String metadata) {
  public SlackPost(String channel, String ts, String text) {
    this(channel, ts, text, "");
  }
}
