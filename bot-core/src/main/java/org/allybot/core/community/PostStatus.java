package org.allybot.core.community;

/** Where a community post stands. */
public enum PostStatus {
  /** Visible, and for a question still open for advice. */
  OPEN,
  /** A question its asker marked resolved. */
  RESOLVED,
  /** Hidden by the facilitator; kept for the audit trail. */
  HIDDEN,
  /** A named post whose author asked to be forgotten. */
  REMOVED;

  public boolean isGone() {
    return this == HIDDEN || this == REMOVED;
  }
}
