package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which plain channel messages (read through the {@code ChannelMessage.Read.Group} permission, not
 * addressed to the bot) Allybot reads at all: none from bots, and none in a shared channel, where
 * people from other organisations write ({@code channelData.channel.membershipType} {@code shared},
 * or a {@code channelData.sharedWithTeams} list).
 */
final class PlainChannelMessages {
  private PlainChannelMessages() {}

  static boolean readable(JsonNode raw) {
    return !fromBot(raw) && !sharedChannel(raw);
  }

  static boolean fromBot(JsonNode raw) {
    JsonNode from = raw.path("from");
    return "bot".equalsIgnoreCase(from.path("role").asText(""))
        || from.path("id").asText("").startsWith("28:");
  }

  static boolean sharedChannel(JsonNode raw) {
    JsonNode data = raw.path("channelData");
    return "shared".equalsIgnoreCase(data.path("channel").path("membershipType").asText(""))
        || data.path("sharedWithTeams").size() > 0;
  }
}
