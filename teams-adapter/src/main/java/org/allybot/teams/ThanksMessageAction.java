package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allybot.core.Allybot;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.recognition.ThanksForm;
import org.allybot.teams.card.AdaptiveCards;
import org.allybot.teams.card.CardActions;
import org.allybot.teams.card.FormCards;

/**
 * The "Recognise allyship" message action (a message extension action command): {@code
 * composeExtension/fetchTask} opens the core's thanks form in a task module with the message's
 * author as recipient (a people picker the giver may change); {@code composeExtension/submitAction}
 * sends it. The message text rides in the submit action's data and reaches the core's form only as
 * the text to quote, which it keeps only when the giver ticked "quote".
 */
public final class ThanksMessageAction {
  static final String FETCH_TASK = "composeExtension/fetchTask";
  static final String SUBMIT_ACTION = "composeExtension/submitAction";

  /** The command id the app manifest declares for the action. */
  public static final String COMMAND_ID = "recogniseAllyship";

  static final String QUOTE_KEY = "allybotQuote";

  /** The message author's display name, so the people picker shows a name rather than an id. */
  static final String AUTHOR_KEY = "allybotAuthor";

  private static final int QUOTE_LIMIT = 1000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Allybot bot;
  private final TurnReplies replies;
  private final TurnLanguage languages;

  ThanksMessageAction(Allybot bot, TurnReplies replies, TurnLanguage languages) {
    this.bot = bot;
    this.replies = replies;
    this.languages = languages;
  }

  /** Whether the invoke belongs to a task module, whose answers have their own shape. */
  static boolean isTaskInvoke(String name) {
    return FETCH_TASK.equals(name) || SUBMIT_ACTION.equals(name);
  }

  /** The answer to a task invoke Teams sent again: it was handled the first time. */
  static InvokeResponse alreadyDone(Messages say) {
    return message(say.text("inbound.teams.already-done"));
  }

  InvokeResponse fetchTask(TeamsTurn turn) {
    JsonNode value = turn.in().value();
    Messages say = languages.member(turn);
    if (!COMMAND_ID.equals(value.path("commandId").asText(""))) {
      return message(say.text("inbound.teams.foreign-action"));
    }
    JsonNode from = value.path("messagePayload").path("from").path("user");
    String author = from.path("aadObjectId").asText(from.path("id").asText(""));
    if (author.isEmpty()) {
      return message(say.text("inbound.teams.not-a-person"));
    }
    String quote = quote(value.path("messagePayload").path("body").path("content").asText(""));
    Reply reply =
        bot.handle(
            new CoreEvent.CommandInvoked(
                turn.actor(),
                "thanks form @" + author + (quote.isEmpty() ? "" : " quote"),
                turn.channelId()));
    if (!reply.hasForm()) {
      return message(
          reply.messages().isEmpty() ? say.text("inbound.teams.unavailable") : note(reply));
    }
    Author who = new Author(author, from.path("displayName").asText(""));
    return task(reply.form(), Map.of(), Map.of(), quote, who);
  }

  /** The message's author, whom the form starts on. */
  private record Author(String id, String name) {}

  InvokeResponse submitAction(TeamsTurn turn) {
    JsonNode data = turn.in().value().path("data");
    var pressed = CardActions.read(data);
    if (pressed.isEmpty()
        || !(pressed.get() instanceof CardActions.Pressed.FormSubmit submit)
        || !ThanksForm.isThanksForm(submit.form().formId())) {
      return message(languages.member(turn).text("inbound.teams.foreign-form"));
    }
    String quote = data.path(QUOTE_KEY).asText("");
    Map<String, String> values = new LinkedHashMap<>(submit.values());
    values.put(ThanksForm.QUOTED_TEXT, quote);
    Reply reply =
        bot.handle(new CoreEvent.FormSubmitted(turn.actor(), submit.form().formId(), values));
    if (reply.hasFieldErrors()) {
      Author who =
          new Author(
              ThanksForm.author(submit.form().formId()).orElse(""),
              data.path(AUTHOR_KEY).asText(""));
      return task(submit.form(), submit.values(), reply.fieldErrors(), quote, who);
    }
    replies.deliver(turn, reply);
    return message(note(reply));
  }

  /** A task module showing the form as an Adaptive Card whose submit keeps the quote aside. */
  private static InvokeResponse task(
      Block.Form form,
      Map<String, String> values,
      Map<String, String> errors,
      String quote,
      Author author) {
    ObjectNode card = FormCards.render(form, values, errors);
    for (JsonNode block : card.path("body")) {
      if ("ActionSet".equals(block.path("type").asText())) {
        ArrayNode actions = (ArrayNode) block.path("actions");
        for (int i = 0; i < actions.size(); i++) {
          actions.set(i, submit((ObjectNode) actions.get(i), quote, author));
        }
      }
      boolean picksAuthor =
          ThanksForm.RECIPIENT.equals(block.path("id").asText())
              && !author.name().isEmpty()
              && author.id().equals(block.path("value").asText());
      if (picksAuthor) {
        ((ArrayNode) block.path("choices"))
            .addObject()
            .put("title", author.name())
            .put("value", author.id());
      }
    }
    ObjectNode body = NODES.objectNode();
    ObjectNode task = body.putObject("task");
    task.put("type", "continue");
    ObjectNode info = task.putObject("value");
    info.put("title", form.title()).put("height", "medium").put("width", "medium");
    info.putObject("card").put("contentType", AdaptiveCards.CONTENT_TYPE).set("content", card);
    return new InvokeResponse(200, body);
  }

  /** Task modules take {@code Action.Submit} only: the form's action, with the quote added. */
  private static ObjectNode submit(ObjectNode execute, String quote, Author author) {
    ObjectNode submit = NODES.objectNode();
    submit.put("type", "Action.Submit");
    submit.put("title", execute.path("title").asText(""));
    ObjectNode data = ((ObjectNode) execute.path("data")).deepCopy();
    if (!quote.isEmpty()) {
      data.put(QUOTE_KEY, quote);
    }
    if (!author.name().isEmpty()) {
      data.put(AUTHOR_KEY, author.name());
    }
    submit.set("data", data);
    return submit;
  }

  private static InvokeResponse message(String text) {
    ObjectNode body = NODES.objectNode();
    body.putObject("task").put("type", "message").put("value", text);
    return new InvokeResponse(200, body);
  }

  private static String note(Reply reply) {
    return reply.messages().isEmpty() ? CardTurns.DONE : CardTurns.note(reply.messages().getLast());
  }

  private static String quote(String html) {
    String text = CommandText.clean(html);
    return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 1) + "…";
  }
}
