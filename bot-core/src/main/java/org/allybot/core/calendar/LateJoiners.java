package org.allybot.core.calendar;

import java.time.Instant;
import java.util.List;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Audience;

/**
 * Someone who joins a channel that is an event's audience, before the event, gets its invitation.
 * The delivery id is the one the first round of invitations used, so a member who was there at the
 * start, or who leaves and joins again, or whose join the platform reports twice, gets one.
 */
final class LateJoiners {
  private final CoreContext core;
  private final CalendarStore store;
  private final EventPost post;

  LateJoiners(CoreContext core, CalendarStore store) {
    this.core = core;
    this.store = store;
    this.post = new EventPost(core.outbox());
  }

  /** Returns how many invitations were queued. */
  int joined(UserRef user, String channelId) {
    Instant now = core.clock().instant();
    int queued = 0;
    for (CalendarEvent e : store.all(user.workspace())) {
      boolean forChannel =
          e.audience() instanceof Audience.Channel ch && ch.channelId().equals(channelId);
      if (forChannel
          && !e.cancelled()
          && e.start().isAfter(now)
          && !store.answers(e.workspace(), e.id()).containsKey(user.userId())) {
        post.send(e, EventPost.Step.INVITE, List.of(user.userId()), "", "");
        queued++;
      }
    }
    return queued;
  }
}
