package org.allybot.core.campaign;

/**
 * Decides which instance runs an occurrence when several share one store: the first to claim it
 * wins, every later claim loses.
 */
public interface OccurrenceClaims {
  /** True only for the one caller that claims this occurrence first. */
  boolean claim(Occurrence occurrence);

  boolean isClaimed(Occurrence occurrence);
}
