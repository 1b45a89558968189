package org.allybot.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import org.allybot.core.message.Message;
import org.allybot.teams.card.AdaptiveCards;
import org.allybot.teams.card.CardText;

/**
 * Builds the message activities the bot posts: one Adaptive Card each. The card goes in as a
 * Jackson {@code ObjectNode}: given a {@code Map}, the SDK's reflective clone fails on JDK 17 and
 * later.
 */
final class Outbound {
  private static final int SUMMARY_MAX = 200;

  private Outbound() {}

  static Activity message(Message message) {
    return card(AdaptiveCards.render(message), message.summary());
  }

  static Activity card(ObjectNode card, String summary) {
    Attachment attachment = new Attachment();
    attachment.setContentType(AdaptiveCards.CONTENT_TYPE);
    attachment.setContent(card);
    Activity activity = Activity.createMessageActivity();
    activity.setAttachments(List.of(attachment));
    String plain = CardText.plain(summary == null ? "" : summary).strip();
    if (!plain.isEmpty()) {
      activity.setSummary(
          plain.length() <= SUMMARY_MAX ? plain : plain.substring(0, SUMMARY_MAX - 1) + "…");
    }
    return activity;
  }

  /** A plain text message, for the adapter's own short notices. */
  static Activity text(String text) {
    Activity activity = Activity.createMessageActivity();
    activity.setText(text);
    return activity;
  }
}
