package org.allybot.testkit.teams;

/**
 * One request the {@link FakeBotConnector} received, with the status it answered. {@code
 * conversationId} and {@code activityId} are decoded from the path (empty when absent); {@code
 * atNanos} is {@link System#nanoTime()} on arrival; {@code postedId} is the id the connector gave
 * the message it posted (empty unless a send or reply succeeded), as Teams later names it in the
 * {@code ;messageid=} of replies in its thread.
 */
public record ConnectorCall(
    Kind kind,
    String method,
    String path,
    String conversationId,
    String activityId,
    String tenantId,
    String body,
    String authorization,
    int status,
    long atNanos,
    String postedId) {

  /** What a request asked the Bot Connector to do. */
  public enum Kind {
    TOKEN,
    CREATE_CONVERSATION,
    SEND,
    REPLY,
    UPDATE,
    DELETE,
    MEMBERS_PAGE,
    MEMBER,
    MEMBERS,
    OTHER
  }

  /** Whether the connector accepted it (a 2xx status). */
  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** Whether it posted a message: a send to a conversation or a reply to an activity. */
  public boolean postsMessage() {
    return kind == Kind.SEND || kind == Kind.REPLY;
  }
}
