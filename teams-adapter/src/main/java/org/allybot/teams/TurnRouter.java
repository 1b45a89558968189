package org.allybot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.allybot.core.Allybot;
import org.allybot.core.DeliveryException;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.teams.card.CardActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one Teams activity into core events and delivers the answers: messages (commands in a 1:1
 * chat or with the bot mentioned, thread replies in channels), card actions, installation changes.
 */
final class TurnRouter {
  private static final Logger LOG = LoggerFactory.getLogger(TurnRouter.class);
  static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

  private final Allybot bot;
  private final ConversationMemory memory;
  private final ProfileWatch profiles;
  private final TurnLanguage languages;
  private final TurnReplies replies;
  private final CardTurns cards;
  private final Installations installations;
  private final ThanksMessageAction thanks;

  /** Whether an invoke of this name has a handler here: card actions and the message action. */
  static boolean handlesInvoke(String name) {
    return ADAPTIVE_CARD_ACTION.equals(name) || ThanksMessageAction.isTaskInvoke(name);
  }

  TurnRouter(Allybot bot, TeamsStore store, TeamsPlatform platform) {
    this.bot = bot;
    this.memory = new ConversationMemory(store);
    this.profiles = new ProfileWatch(bot);
    this.languages = new TurnLanguage(bot.context().languageOf());
    this.replies = new TurnReplies(platform, languages);
    this.cards = new CardTurns(bot, replies);
    this.installations = new Installations(bot, store, memory, replies, languages);
    this.thanks = new ThanksMessageAction(bot, replies, languages);
  }

  void route(TeamsTurn turn) {
    InboundActivity in = turn.in();
    switch (in.type()) {
      case ActivityTypes.MESSAGE -> {
        if (turn.actor() != null) {
          memory.note(turn);
          profiles.check(turn);
          message(turn);
        }
      }
      case ActivityTypes.INVOKE -> {
        if (turn.actor() != null) {
          memory.note(turn);
          profiles.check(turn);
          invoke(turn);
        }
      }
      case ActivityTypes.CONVERSATION_UPDATE -> installations.conversationUpdate(turn);
      case ActivityTypes.INSTALLATION_UPDATE -> installations.installationUpdate(turn);
      default -> LOG.debug("Ignored a {} activity", in.type());
    }
  }

  private void message(TeamsTurn turn) {
    JsonNode value = turn.in().value();
    var pressed =
        value.isObject()
            ? CardActions.read(value)
            : java.util.Optional.<CardActions.Pressed>empty();
    if (pressed.isPresent()) {
      try {
        cards.submitted(turn, pressed.get());
      } catch (DeliveryException e) {
        LOG.warn("Could not answer a card action in {}", turn.workspace().key());
      }
      return;
    }
    CommandText words = CommandText.read(turn.in().raw(), turn.botId(), id -> aadOf(turn, id));
    boolean command = turn.isPersonal() || words.mentionsBot();
    if (command && !words.unresolved().isEmpty()) {
      // Nothing reaches the core: a command for someone we cannot name must not half-happen.
      replies.deliver(
          turn,
          Reply.text(
              languages
                  .member(turn)
                  .text(
                      "inbound.teams.mention-unresolved", "name", words.unresolved().getFirst())));
      return;
    }
    Reply reply;
    if (turn.isPersonal()) {
      if (words.text().isEmpty()) {
        return;
      }
      reply = bot.handle(new CoreEvent.MessageReceived(turn.actor(), "", "", words.command()));
    } else if (words.mentionsBot()) {
      reply =
          bot.handle(new CoreEvent.CommandInvoked(turn.actor(), words.command(), turn.channelId()));
    } else {
      if (!PlainChannelMessages.readable(turn.in().raw())) {
        return;
      }
      reply =
          bot.handle(
              new CoreEvent.MessageReceived(
                  turn.actor(), turn.channelId(), turn.threadId(), words.text()));
      // Not addressed to the bot: if the 1:1 chat fails, say nothing in the channel (a nudge
      // must never show there).
      replies.deliverPrivatelyOnly(turn, reply);
      return;
    }
    replies.deliver(turn, reply);
  }

  private void invoke(TeamsTurn turn) {
    String name = turn.in().activity().getName();
    if (ThanksMessageAction.FETCH_TASK.equals(name)) {
      turn.answer(thanks.fetchTask(turn));
      return;
    }
    if (ThanksMessageAction.SUBMIT_ACTION.equals(name)) {
      turn.answer(thanks.submitAction(turn));
      return;
    }
    if (!ADAPTIVE_CARD_ACTION.equals(name)) {
      return; // answered 501: nobody here handles it
    }
    JsonNode data = turn.in().value().path("action").path("data");
    var pressed = CardActions.read(data);
    if (pressed.isEmpty()) {
      turn.answer(
          InvokeReplies.error(
              400, "BadRequest", languages.member(turn).text("inbound.teams.foreign-button")));
      return;
    }
    turn.answer(cards.invoked(turn, pressed.get()));
  }

  /** A mentioned person's AAD object id, asked from Teams; empty when Teams cannot say. */
  private static Optional<String> aadOf(TeamsTurn turn, String accountId) {
    try {
      ChannelAccount member =
          turn.client()
              .getConversations()
              .getConversationMember(accountId, turn.in().conversationId())
              .get(5, TimeUnit.SECONDS);
      String aad = member == null ? null : member.getAadObjectId();
      if (aad == null || aad.isBlank()) {
        LOG.info("Teams named no AAD id for a mentioned member in {}", turn.workspace().key());
        return Optional.empty();
      }
      return Optional.of(aad);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.info(
          "Could not look up a mentioned member in {}: {}",
          turn.workspace().key(),
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
