package org.allybot.core.recognition;

import java.time.Instant;
import org.allybot.content.Sense;

/**
 * One thanks from a giver to a recipient for something they did, filed under one of the six senses.
 * {@code sense} is null while the giver has not confirmed it yet; {@code quote} is the message the
 * giver chose to quote, or empty.
 */
public record Recognition(
    String id,
    String giverId,
    String recipientId,
    String what,
    String quote,
    Sense sense,
    boolean wantsPublic,
    State state,
    Instant givenAt) {

  /** Where a recognition is in its life. */
  public enum State {
    /** Waiting for the giver to confirm or change the suggested sense. */
    DRAFT,
    /** Told privately; if it was meant to be public, the recipient has not said yes yet. */
    SENT,
    /** The recipient agreed, and it was posted to the recognition channel. */
    PUBLIC,
    /** The recipient preferred to keep it private. */
    KEPT_PRIVATE,
    /** It was shared, then the recipient or the giver took it down from the channel. */
    WITHDRAWN
  }

  public Recognition withSense(Sense chosen) {
    return new Recognition(
        id, giverId, recipientId, what, quote, chosen, wantsPublic, state, givenAt);
  }

  public Recognition withState(State next) {
    return new Recognition(
        id, giverId, recipientId, what, quote, sense, wantsPublic, next, givenAt);
  }

  public Recognition withPublic(boolean shared) {
    return new Recognition(id, giverId, recipientId, what, quote, sense, shared, state, givenAt);
  }

  /** Whether the member gave or received it. */
  public boolean involves(String userId) {
    return giverId.equals(userId) || recipientId.equals(userId);
  }

  /** Whether it waits for the recipient's yes before going to the channel. */
  public boolean awaitsConsent() {
    return wantsPublic && state == State.SENT;
  }
}
