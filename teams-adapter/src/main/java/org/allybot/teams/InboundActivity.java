package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;

/**
 * An activity as the SDK reads it, with the JSON it came from: Teams-only fields (channel data,
 * client info, card action data) are read from the JSON, which the SDK's getters mangle or hide.
 */
record InboundActivity(Activity activity, JsonNode raw) {
  String type() {
    return activity.getType();
  }

  /** The conversation id, which in a channel thread ends in {@code ;messageid=<root>}. */
  String conversationId() {
    return raw.path("conversation").path("id").asText("");
  }

  String conversationType() {
    return raw.path("conversation").path("conversationType").asText("personal");
  }

  boolean isPersonal() {
    return conversationType().equals("personal");
  }

  String tenantId() {
    String fromConversation = raw.path("conversation").path("tenantId").asText("");
    return fromConversation.isEmpty()
        ? raw.path("channelData").path("tenant").path("id").asText("")
        : fromConversation;
  }

  String teamId() {
    return raw.path("channelData").path("team").path("id").asText("");
  }

  String eventType() {
    return raw.path("channelData").path("eventType").asText("");
  }

  JsonNode value() {
    return raw.path("value");
  }
}
