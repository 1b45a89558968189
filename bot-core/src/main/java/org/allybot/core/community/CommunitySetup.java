package org.allybot.core.community;

import java.time.LocalDate;
import java.util.List;

/**
 * A workspace's community: its channel (empty until an admin sets one), the facilitator rota (user
 * ids, in turn) and the Monday of the week the rota started.
 */
public record CommunitySetup(String channelId, List<String> facilitators, LocalDate rotaStart) {
  public CommunitySetup {
    facilitators = List.copyOf(facilitators);
  }

  public static CommunitySetup empty(LocalDate today) {
    return new CommunitySetup("", List.of(), today);
  }

  public boolean hasChannel() {
    return !channelId.isEmpty();
  }

  public CommunitySetup withChannel(String channel) {
    return new CommunitySetup(channel, facilitators, rotaStart);
  }

  public CommunitySetup withRota(List<String> people, LocalDate start) {
    return new CommunitySetup(channelId, people, start);
  }
}
