package org.allybot.core.recognition;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allybot.content.Sense;
import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.GroupFigures;

/**
 * Team-level counts of thanks given per sense, for the campaign report and the dashboard. A count
 * below the minimum group size is shown as "fewer than 5", so no small group can be singled out.
 */
public final class SenseCounts {
  private final RecognitionStore store;

  public SenseCounts(RecognitionPorts ports) {
    this.store = ports.store();
  }

  /** Thanks sent in {@code [from, to)}, per sense, in the framework's order. */
  public Map<Sense, Long> counts(WorkspaceId ws, Instant from, Instant to) {
    Map<Sense, Long> counts = new EnumMap<>(Sense.class);
    for (Sense s : Sense.values()) {
      counts.put(s, 0L);
    }
    for (Recognition r : store.all(ws)) {
      if (r.state() != Recognition.State.DRAFT
          && !r.givenAt().isBefore(from)
          && r.givenAt().isBefore(to)) {
        counts.merge(r.sense(), 1L, Long::sum);
      }
    }
    return counts;
  }

  /** The same counts as shown to admins: each hidden below the minimum group size. */
  public Map<String, String> shown(WorkspaceId ws, Instant from, Instant to) {
    Map<String, String> shown = new LinkedHashMap<>();
    counts(ws, from, to).forEach((sense, n) -> shown.put(sense.title(), GroupFigures.count(n)));
    return shown;
  }
}
