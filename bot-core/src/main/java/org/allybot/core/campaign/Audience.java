package org.allybot.core.campaign;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** Who a campaign reaches: every opted-in member, one channel's members, or named users. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Audience.Everyone.class, name = "everyone"),
  @JsonSubTypes.Type(value = Audience.Channel.class, name = "channel"),
  @JsonSubTypes.Type(value = Audience.Users.class, name = "users")
})
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
