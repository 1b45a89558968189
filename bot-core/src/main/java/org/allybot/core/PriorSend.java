package org.allybot.core;

/**
 * What a platform can tell about a send whose outcome was never recorded (its sender died with the
 * request in flight): the message is there, it is not, or the platform cannot say.
 */
public sealed interface PriorSend {
  /** The platform holds a message marked with the delivery's key. */
  record Found(MessageRef ref) implements PriorSend {}

  /** The platform holds no such message: the send never arrived. */
  record NotFound() implements PriorSend {}

  /** The platform offers no way to look (Teams): the outcome stays unknown. */
  record Unknown() implements PriorSend {}

  PriorSend NOT_FOUND = new NotFound();
  PriorSend UNKNOWN = new Unknown();
}
