package org.allybot.core.calendar;

import java.time.Clock;
import java.time.Instant;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Outbox;
import org.allybot.core.member.DataEraser;

/**
 * Forgets a member in the calendar, then lets the rest of the store forget them: a place they held
 * at an event to come goes to the first on its waitlist (who is told), and events stop naming them
 * as facilitator, organiser or invitee. Their answers and reflections go with the rest.
 */
public final class CalendarEraser implements DataEraser {
  private final DataEraser rest;
  private final CalendarStore store;
  private final EventPost post;
  private final Clock clock;

  public CalendarEraser(DataEraser rest, CalendarStore store, Outbox outbox, Clock clock) {
    this.rest = rest;
    this.store = store;
    this.post = new EventPost(outbox);
    this.clock = clock;
  }

  @Override
  public void forget(UserRef user) {
    Instant now = clock.instant();
    for (CalendarEvent e : store.all(user.workspace())) {
      Rsvp answer = store.answers(e.workspace(), e.id()).get(user.userId());
      if (answer == Rsvp.GOING && !e.cancelled() && e.start().isAfter(now)) {
        String promoted = store.answer(user, e.id(), Rsvp.CANT, e.capacity()).promoted();
        if (!promoted.isEmpty()) {
          post.send(
              e,
              EventPost.Step.PROMOTED,
              new UserRef(e.workspace(), promoted),
              Long.toString(clock.millis()));
        }
      }
    }
    store.forgetInEvents(user);
    rest.forget(user);
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    rest.deleteWorkspace(workspace); // every calendar key lives in the workspace's namespace
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return rest.purgeBefore(cutoff);
  }
}
