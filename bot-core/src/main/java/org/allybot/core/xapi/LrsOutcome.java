package org.allybot.core.xapi;

import java.time.Duration;
import java.util.Optional;

/** What a learning record store made of a batch. */
public sealed interface LrsOutcome {
  /** Stored (or already held, a resend): the batch is done. */
  record Accepted() implements LrsOutcome {}

  /**
   * Not stored for a reason that is not the statements' fault (429, 5xx, a timeout, the LRS down,
   * its credentials refused): send the same batch again later, after {@code retryAfter} when the
   * LRS said. {@code reason} is a status or an exception type, never a response body.
   */
  record RetryLater(Optional<Duration> retryAfter, String reason) implements LrsOutcome {}

  /** Refused with a 4xx that names the content: sending it again would fail again. */
  record Refused(int status) implements LrsOutcome {}
}
