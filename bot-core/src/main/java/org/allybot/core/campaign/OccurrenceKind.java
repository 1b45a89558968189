package org.allybot.core.campaign;

/** What a campaign sends at a scheduled time. */
public enum OccurrenceKind {
  LESSON,
  POLL,
  DIGEST
}
