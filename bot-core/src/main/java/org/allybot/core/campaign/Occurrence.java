package org.allybot.core.campaign;

import java.time.Instant;
import java.util.Objects;
import org.allybot.core.WorkspaceId;

/** One scheduled send: a campaign's lesson, poll or digest for one slot at one instant. */
public record Occurrence(
    WorkspaceId workspace, String campaignId, OccurrenceKind kind, Slot slot, Instant at) {
  public Occurrence {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(at, "at");
  }
}
