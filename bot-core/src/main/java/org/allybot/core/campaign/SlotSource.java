package org.allybot.core.campaign;

import java.util.Set;

/**
 * Groups a campaign's audience into slots: members who share a zone and a preferred local time. For
 * {@link OccurrenceKind#DIGEST} it returns the one slot whose zone the digest is posted in.
 */
public interface SlotSource {
  Set<Slot> slots(Campaign campaign, OccurrenceKind kind);
}
