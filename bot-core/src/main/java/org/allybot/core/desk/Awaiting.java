package org.allybot.core.desk;

/** What the desk waits for from a report's reporter. */
public enum Awaiting {
  NOTHING,
  /** An answer to the desk's question. */
  ANSWER,
  /** Yes or no to passing the report to HR. */
  HR,
  /** Whether to release an escrow report that another report matched. */
  RELEASE
}
