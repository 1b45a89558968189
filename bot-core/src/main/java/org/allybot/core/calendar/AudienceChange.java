package org.allybot.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;

/**
 * An edit of an event's audience: people it now takes in are invited; people it leaves out who had
 * answered lose their answer (a place they held goes to the waitlist) and are told. People left out
 * who never answered are not messaged again.
 */
final class AudienceChange {
  private final CalendarStore store;
  private final EventAudience audience;
  private final EventPost post;

  AudienceChange(CalendarStore store, EventAudience audience, EventPost post) {
    this.store = store;
    this.audience = audience;
    this.post = post;
  }

  /** How many were invited and how many who answered were told they are no longer included. */
  record Outcome(int invited, int removed) {}

  /** Whom each audience reaches; read before the edited event is saved. */
  record Reach(Set<String> before, Set<String> after) {}

  Reach reach(CalendarEvent before, CalendarEvent after) {
    try {
      return new Reach(ids(before), ids(after));
    } catch (DeliveryException e) {
      throw new InvalidEvent(
          "audience", t -> t.error("unknown-channel", "token", t.audience(after.audience())));
    }
  }

  Outcome apply(CalendarEvent after, Reach reach) {
    String round = "r" + after.revision();
    List<String> invited =
        reach.after().stream().filter(id -> !reach.before().contains(id)).toList();
    post.send(after, EventPost.Step.INVITE, invited, round, "");
    Map<String, Rsvp> answers = store.answers(after.workspace(), after.id());
    List<String> removed = new ArrayList<>();
    for (String id : answers.keySet()) {
      if (!reach.after().contains(id)) {
        UserRef user = new UserRef(after.workspace(), id);
        String promoted = store.answer(user, after.id(), Rsvp.CANT, after.capacity()).promoted();
        store.dropAnswer(user, after.id());
        if (!promoted.isEmpty() && reach.after().contains(promoted)) {
          post.send(
              after, EventPost.Step.PROMOTED, new UserRef(after.workspace(), promoted), round);
        }
        removed.add(id);
      }
    }
    post.send(after, EventPost.Step.REMOVED, removed, round, "");
    return new Outcome(invited.size(), removed.size());
  }

  private Set<String> ids(CalendarEvent e) throws DeliveryException {
    Set<String> ids = new java.util.LinkedHashSet<>();
    audience.members(e).forEach(u -> ids.add(u.userId()));
    return ids;
  }
}
