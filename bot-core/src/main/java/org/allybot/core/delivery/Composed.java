package org.allybot.core.delivery;

import org.allybot.core.message.Message;

/** What the composer decided for one delivery: send this message, or skip it and why. */
public sealed interface Composed {
  /** Send {@code message}. */
  record Send(Message message) implements Composed {}

  /** Do not send, and do not retry: the member opted out, is paused or left. */
  record Skip(String reason) implements Composed {}
}
