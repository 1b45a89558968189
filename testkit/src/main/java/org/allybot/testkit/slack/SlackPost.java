package org.allybot.testkit.slack;

/** A message the fake Slack accepted from {@code chat.postMessage}: where, its ts, its text. */
public record SlackPost(String channel, String ts, String text) {}
