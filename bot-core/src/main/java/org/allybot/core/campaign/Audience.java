package org.allybot.core.campaign;

import java.util.List;

/** Who a campaign reaches: every opted-in member, one channel's members, or named users. */
public sealed interface Audience {
  /** Every opted-in member of the workspace. */
  record Everyone() implements Audience {}

  /** The members of one channel. */
  record Channel(String channelId) implements Audience {}

  /** A list of users by platform id. */
  record Users(List<String> userIds) implements Audience {
    public Users {
      userIds = List.copyOf(userIds);
    }
  }
}
