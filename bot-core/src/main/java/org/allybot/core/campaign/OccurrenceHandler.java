package org.allybot.core.campaign;

/** What happens when an occurrence is due: the core enqueues its deliveries. */
public interface OccurrenceHandler {
  void fire(Occurrence occurrence);
}
