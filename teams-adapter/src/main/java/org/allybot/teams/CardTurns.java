package org.allybot.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import org.allybot.core.Allybot;
import org.allybot.core.DeliveryException;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.teams.card.AdaptiveCards;
import org.allybot.teams.card.CardActions.Pressed;
import org.allybot.teams.card.FormCards;

/**
 * A card action, from either path: an {@code Action.Execute} invoke, answered with a card that
 * replaces the clicked one (a poll's feedback, a form shown again with its errors); or its {@code
 * Action.Submit} fallback, a message answered by updating the card or posting new messages.
 */
final class CardTurns {
  static final String DONE = "Done.";

  private final Allybot bot;
  private final TurnReplies replies;

  CardTurns(Allybot bot, TurnReplies replies) {
    this.bot = bot;
    this.replies = replies;
  }

  private Reply handle(TeamsTurn turn, Pressed pressed) {
    return switch (pressed) {
      case Pressed.Choice c ->
          bot.handle(new CoreEvent.ChoiceSelected(turn.actor(), c.action(), c.value()));
      case Pressed.FormSubmit f ->
          bot.handle(new CoreEvent.FormSubmitted(turn.actor(), f.form().formId(), f.values()));
    };
  }

  /**
   * Whether the answer takes the clicked card's place: when the core asks for it, and always after
   * a form went through, so that the form cannot be sent twice.
   */
  private static boolean replacesCard(Reply reply, Pressed pressed) {
    return reply.replaceOriginal() || pressed instanceof Pressed.FormSubmit;
  }

  /** An {@code Action.Execute}: the invoke response, with any other messages posted. */
  InvokeResponse invoked(TeamsTurn turn, Pressed pressed) {
    Reply reply = handle(turn, pressed);
    if (reply.hasFieldErrors() && pressed instanceof Pressed.FormSubmit f) {
      return InvokeReplies.card(FormCards.render(f.form(), f.values(), reply.fieldErrors()));
    }
    if (reply.hasForm()) {
      replies.deliver(turn, TurnReplies.activities(reply.messages()));
      return InvokeReplies.card(
          FormCards.render(reply.form(), java.util.Map.of(), java.util.Map.of()));
    }
    List<Message> messages = reply.messages();
    if (replacesCard(reply, pressed) && !messages.isEmpty()) {
      replies.deliver(turn, TurnReplies.activities(messages.subList(1, messages.size())));
      return InvokeReplies.card(AdaptiveCards.render(messages.get(0)));
    }
    replies.deliver(turn, TurnReplies.activities(messages));
    return InvokeReplies.message(messages.isEmpty() ? DONE : note(messages.get(0)));
  }

  /** A short plain version of a message, shown beside the clicked card. */
  static String note(Message message) {
    String plain = org.allybot.teams.card.CardText.plain(message.summary()).strip();
    if (plain.isEmpty()) {
      return DONE;
    }
    return plain.length() <= 150 ? plain : plain.substring(0, 149) + "…";
  }

  /** An {@code Action.Submit} fallback, which arrives as a message replying to the card. */
  void submitted(TeamsTurn turn, Pressed pressed) throws DeliveryException {
    Reply reply = handle(turn, pressed);
    if (reply.hasFieldErrors() && pressed instanceof Pressed.FormSubmit f) {
      replies.deliver(
          turn,
          List.of(
              Outbound.card(
                  FormCards.render(f.form(), f.values(), reply.fieldErrors()), f.form().title())));
      return;
    }
    String clicked = turn.in().activity().getReplyToId();
    List<Message> messages = reply.messages();
    if (replacesCard(reply, pressed)
        && !messages.isEmpty()
        && turn.isPersonal()
        && clicked != null
        && !clicked.isEmpty()) {
      Activity replacement = Outbound.message(messages.get(0));
      turn.update(clicked, replacement);
      replies.deliver(turn, TurnReplies.activities(messages.subList(1, messages.size())));
      if (reply.hasForm()) {
        replies.deliver(turn, TurnReplies.activities(new Reply(List.of(), false, reply.form())));
      }
      return;
    }
    replies.deliver(turn, reply);
  }
}
