package org.allybot.core.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/** Where events, their answers, reflections and once-only send claims are kept. */
public interface CalendarStore {
  Optional<CalendarEvent> find(WorkspaceId workspace, String eventId);

  /** The workspace's events, cancelled ones included, by start. */
  List<CalendarEvent> all(WorkspaceId workspace);

  /** Saves an event and indexes it by start, for the timers. */
  void save(CalendarEvent event);

  /** Events in every workspace that start within {@code [from, to)}, read for the timers. */
  List<CalendarEvent> startingBetween(Instant from, Instant to);

  /**
   * Records an answer in one atomic step: a "Going" beyond {@code capacity} (0: none) joins the
   * waitlist, and a "Going" that becomes anything else lets the first waitlisted member in.
   */
  Answered answer(UserRef user, String eventId, Rsvp wanted, int capacity);

  /** Lets waitlisted members in while there is room, for a raised capacity; returns them. */
  List<String> fillFromWaitlist(WorkspaceId workspace, String eventId, int capacity);

  /** Takes a member's answer off the event, waitlist place included; lets nobody in. */
  void dropAnswer(UserRef user, String eventId);

  /** Every answer by user id. */
  Map<String, Rsvp> answers(WorkspaceId workspace, String eventId);

  /** The waitlist, first in line first. */
  List<String> waitlist(WorkspaceId workspace, String eventId);

  void reflect(UserRef user, String eventId, String text);

  Optional<String> reflection(UserRef user, String eventId);

  /** True only for the first caller with this {@code step}, across instances and restarts. */
  boolean claim(WorkspaceId workspace, String eventId, String step);

  /** Forgets a member as an event's facilitator, organiser or named invitee. */
  void forgetInEvents(UserRef user);

  /**
   * The outcome of an answer: what it was, what it is now, and who moved up from the waitlist
   * (empty if nobody).
   */
  record Answered(Optional<Rsvp> before, Rsvp now, String promoted) {}
}
