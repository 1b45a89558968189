package org.allybot.teams;

import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.Recipient;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.teams.card.FormCards;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the core's answer to the person who acted. The core's replies are private: in a 1:1 chat
 * they are posted there; from a channel or group chat they go to the person's 1:1 chat (created if
 * need be), since Teams has no messages only one member of a channel can see.
 */
final class TurnReplies {
  private static final Logger LOG = LoggerFactory.getLogger(TurnReplies.class);
  private final TeamsPlatform platform;
  private final TurnLanguage languages;

  TurnReplies(TeamsPlatform platform, TurnLanguage languages) {
    this.platform = platform;
    this.languages = languages;
  }

  /** The note in the channel when the member's 1:1 chat cannot be reached, in their language. */
  static String unreachable(org.allybot.core.language.Messages say) {
    return say.text("inbound.teams.unreachable");
  }

  /** The reply's messages and any form it opens, as activities. */
  static List<Activity> activities(Reply reply) {
    List<Activity> activities = new ArrayList<>();
    reply.messages().forEach(m -> activities.add(Outbound.message(m)));
    if (reply.hasForm()) {
      activities.add(
          Outbound.card(FormCards.render(reply.form(), Map.of(), Map.of()), reply.form().title()));
    }
    return activities;
  }

  static List<Activity> activities(List<Message> messages) {
    return messages.stream().map(Outbound::message).toList();
  }

  void deliver(TeamsTurn turn, Reply reply) {
    deliver(turn, activities(reply));
  }

  /** As {@link #deliver}, without the note in the channel when the 1:1 chat cannot be reached. */
  void deliverPrivatelyOnly(TeamsTurn turn, Reply reply) {
    deliver(turn, activities(reply), false);
  }

  void deliver(TeamsTurn turn, List<Activity> activities) {
    deliver(turn, activities, true);
  }

  private void deliver(TeamsTurn turn, List<Activity> activities, boolean noteInChannel) {
    if (activities.isEmpty()) {
      return;
    }
    try {
      if (turn.isPersonal()) {
        for (Activity activity : activities) {
          turn.post(activity);
        }
        return;
      }
      Recipient direct = platform.openDirect(turn.actor().user());
      for (Activity activity : activities) {
        turn.paced(direct, () -> platform.post(direct, activity));
      }
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not deliver a reply in {}: {}",
          turn.workspace().key(),
          e.getClass().getSimpleName());
      if (!turn.isPersonal() && noteInChannel) {
        try {
          turn.reply(Outbound.text(unreachable(languages.member(turn))));
        } catch (DeliveryException again) {
          LOG.warn("Could not tell the member either in {}", turn.workspace().key());
        }
      }
    }
  }
}
