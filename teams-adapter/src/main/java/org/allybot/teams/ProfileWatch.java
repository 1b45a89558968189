package org.allybot.teams;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.Allybot;
import org.allybot.core.UserRef;
import org.allybot.core.event.CoreEvent;

/**
 * Tells the core when a member's time zone (from their Teams client) differs from the last one this
 * instance saw, so their deliveries move to their local time. The core compares with what it
 * stores, so another instance's stale memory costs one harmless event.
 */
final class ProfileWatch {
  private static final int MAX_REMEMBERED = 50_000;

  private final Allybot bot;
  private final Map<UserRef, String> zones = new ConcurrentHashMap<>();

  ProfileWatch(Allybot bot) {
    this.bot = bot;
  }

  void check(TeamsTurn turn) {
    if (turn.actor() == null || turn.actor().timeZone().isEmpty()) {
      return;
    }
    String zone = turn.actor().timeZone();
    String before = zones.put(turn.actor().user(), zone);
    if (!zone.equals(before)) {
      if (zones.size() > MAX_REMEMBERED) {
        zones.clear();
      }
      bot.handle(new CoreEvent.ProfileChanged(turn.actor()));
    }
  }
}
