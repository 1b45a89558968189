package org.allybot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import org.allybot.teams.card.AdaptiveCards;

/**
 * Answers to an {@code adaptiveCard/action} invoke, as Teams' universal actions expect them: HTTP
 * 200 with a body naming its own status and type: a card that replaces the clicked one, a short
 * message shown beside it, or an error.
 */
final class InvokeReplies {
  static final String MESSAGE_TYPE = "application/vnd.microsoft.activity.message";
  static final String ERROR_TYPE = "application/vnd.microsoft.error";

  private InvokeReplies() {}

  static InvokeResponse card(ObjectNode card) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("statusCode", 200);
    body.put("type", AdaptiveCards.CONTENT_TYPE);
    body.set("value", card);
    return new InvokeResponse(200, body);
  }

  static InvokeResponse message(String text) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("statusCode", 200);
    body.put("type", MESSAGE_TYPE);
    body.put("value", text);
    return new InvokeResponse(200, body);
  }

  static InvokeResponse error(int status, String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("statusCode", status);
    body.put("type", ERROR_TYPE);
    body.putObject("value").put("code", code).put("message", message);
    return new InvokeResponse(200, body);
  }
}
