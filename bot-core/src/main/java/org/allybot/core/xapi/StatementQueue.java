package org.allybot.core.xapi;

import java.time.Duration;
import java.util.List;

/**
 * Statements waiting for the learning record store, shared by every instance: each entry is handed
 * to one consumer, stays pending until acknowledged or set aside, and can be reclaimed from a
 * consumer that stopped without settling it.
 */
public interface StatementQueue {
  void append(Statement statement);

  /**
   * Up to {@code max} entries no consumer has seen yet, now owned by {@code consumer}; waits up to
   * {@code blockFor} when there are none. Unreadable entries are set aside, never returned.
   */
  List<QueuedStatement> read(String consumer, int max, Duration blockFor);

  /** Takes over up to {@code max} entries another consumer has held for {@code minIdle}. */
  List<QueuedStatement> reclaim(String consumer, Duration minIdle, int max);

  /** Tells the queue {@code consumer} still holds the entries, so no one reclaims them. */
  void touch(String consumer, List<QueuedStatement> entries);

  /** The LRS has them: they are never handed out again. */
  void ack(List<QueuedStatement> entries);

  /**
   * The LRS refused them ({@code status} is its HTTP status): they are kept apart for an operator,
   * counted, and never handed out again.
   */
  void setAside(List<QueuedStatement> entries, int status);

  /** How many statements wait, read or not. */
  long waiting();

  /** How many statements were ever set aside. */
  long setAsideCount();
}
