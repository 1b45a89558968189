package org.allybot.core.campaign;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every occurrence it was asked to fire, in order. */
final class RecordingOccurrenceHandler implements OccurrenceHandler {
  private final List<Occurrence> fired = new CopyOnWriteArrayList<>();

  @Override
  public void fire(Occurrence occurrence) {
    fired.add(occurrence);
  }

  List<Occurrence> fired() {
    return List.copyOf(fired);
  }

  int count() {
    return fired.size();
  }
}
