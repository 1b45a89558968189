package org.allybot.core.delivery;

import org.allybot.core.Recipient;

/**
 * The progress of one queue entry through a sender; what succeeded once (composing, finding the
 * conversation, claiming) is not done again on a retry.
 */
final class Attempt {
  final QueuedDelivery entry;

  /** Null until composed. */
  Composed composed;

  /** Null until known. */
  Recipient recipient;

  /** The batch's lookup found no stored conversation for the member: open one. */
  boolean knownToHaveNone;

  /** When that lookup began, as {@link System#nanoTime()}. */
  long lookedUpAt;

  /** This sender's claim in the ledger; null while it holds none. */
  String claimToken;

  int failures;
  int rateLimited;
  int tries;

  Attempt(QueuedDelivery entry) {
    this.entry = entry;
  }
}
