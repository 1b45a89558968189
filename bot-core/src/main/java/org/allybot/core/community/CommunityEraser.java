package org.allybot.core.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.DataEraser;

/**
 * Forgets a member's community data, then lets the rest of the store forget them. Their posts are
 * found only by asking each post "did this member write you?" (the per-post check); anonymous posts
 * lose their link to the member and keep their words, named posts lose both. Their labels, helpful
 * marks, counters and rota place go too.
 */
public final class CommunityEraser implements DataEraser {
  private final DataEraser rest;
  private final CommunityPorts ports;
  private final Pseudonyms names;
  private final Clock clock;
  private final ZoneId zone;

  public CommunityEraser(DataEraser rest, CommunityPorts ports, Clock clock, ZoneId zone) {
    this.rest = rest;
    this.ports = ports;
    this.names = new Pseudonyms(ports);
    this.clock = clock;
    this.zone = zone;
  }

  @Override
  public void forget(UserRef user) {
    WorkspaceId ws = user.workspace();
    String id = user.userId();
    for (Post post : ports.store().posts(ws)) {
      ports.marks().dropHelpful(ws, post.number(), names.helpfulTag(ws, post.number(), id));
      if (post instanceof Question q) {
        ports.marks().dropLabel(ws, q.number(), names.labelTag(ws, q.number(), id));
      }
      if (!names.isAuthor(ws, post, id)) {
        continue;
      }
      if (post instanceof Question q) {
        ports.marks().dropNotifications(ws, q.number());
      }
      // Words posted under the member's name go with them; anonymous words stay, unlinked.
      ports.store().save(ws, post.anonymous() ? unlinked(post) : removed(post));
    }
    for (String tag :
        DailyAllowance.tags(ports.seal(), user, LocalDate.now(clock.withZone(zone)))) {
      ports.marks().dropCounter(ws, tag);
    }
    ports
        .store()
        .setup(ws)
        .ifPresent(s -> {
          if (s.facilitators().contains(id)) {
            List<String> rota = new ArrayList<>(s.facilitators());
            rota.remove(id);
            ports.store().saveSetup(ws, s.withRota(rota, s.rotaStart()));
          }
        });
    rest.forget(user);
  }

  private static Post removed(Post post) {
    return switch (post) {
      case Question q -> q.removed();
      case ThreadReply r -> r.removed();
    };
  }

  private static Post unlinked(Post post) {
    return switch (post) {
      case Question q -> q.unlinked();
      case ThreadReply r -> r.unlinked();
    };
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    rest.deleteWorkspace(workspace);
    ports.store().dropWorkspace(workspace);
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    return rest.purgeBefore(cutoff);
  }
}
