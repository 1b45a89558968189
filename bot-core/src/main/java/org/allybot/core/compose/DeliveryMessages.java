package org.allybot.core.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.calendar.EventComposer;
import org.allybot.core.calendar.ProgrammeCalendar;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.survey.SurveyFlow;
import org.allybot.core.survey.SurveyRound;

/**
 * The message of each delivery that is one member's own, not a campaign's next poll or lesson: a
 * check-in, an invitation, a welcome, a notice, a survey question, an event's news. Each is in the
 * member's language.
 */
final class DeliveryMessages {
  private final CoreContext core;
  private final SurveyFlow surveys;
  private final EventComposer events;

  DeliveryMessages(CoreContext core, SurveyFlow surveys, EventComposer events) {
    this.core = core;
    this.surveys = surveys;
    this.events = events;
  }

  /** The message of a delivery that is not a campaign's poll or lesson, if there is one to send. */
  Optional<Message> of(Delivery d, Optional<Campaign> campaign) {
    return switch (d.kind()) {
      case POLL, LESSON, DIGEST, RECOGNITION -> Optional.empty();
      case CHECK_IN -> checkIn(d);
      case INVITE -> campaign.map(c -> invitation(say(d), c));
      case WELCOME -> campaign.map(c -> withBaseline(welcome(say(d), c), userOf(d), c));
      case NOTICE -> Optional.ofNullable(d.data().get("text")).map(Message::text);
      case SURVEY ->
          campaign.flatMap(c ->
              SurveyRound.byId(d.data().getOrDefault(Delivery.ROUND, ""))
                  .flatMap(round -> surveys.open(userOf(d), c, round)));
      case EVENT -> events.compose(d);
    };
  }

  /** The member's texts, in their language. */
  Messages say(Delivery d) {
    return core.languageOf().messages(userOf(d));
  }

  /** A lesson's check-in, or an event's: both commitments share the 7-day check-in list. */
  private Optional<Message> checkIn(Delivery d) {
    String commitment = d.data().getOrDefault("lesson", "");
    if (ProgrammeCalendar.isEventCommitment(commitment)) {
      return events.checkIn(userOf(d), commitment);
    }
    return core.curriculum()
        .lesson(commitment)
        .map(l -> localLesson(l, userOf(d)))
        .map(l ->
            LessonMessages.checkIn(
                say(d), l, d.data().getOrDefault(LessonMessages.CHECK_IN_CAMPAIGN, "")));
  }

  private org.allybot.content.Lesson localLesson(org.allybot.content.Lesson l, UserRef user) {
    return LocalContent.lesson(core.curriculum(), l.id(), core.languageOf().member(user))
        .map(org.allybot.content.Localized::item)
        .orElse(l);
  }

  private static Message welcome(Messages say, Campaign c) {
    return Message.text(say.text("welcome.body", "name", c.name()));
  }

  /** A mandatory campaign's welcome is its joining, so the baseline survey's question follows. */
  private Message withBaseline(Message welcome, UserRef user, Campaign c) {
    return surveys.open(user, c, SurveyRound.BASELINE).map(q -> join(welcome, q)).orElse(welcome);
  }

  static Message invitation(Messages say, Campaign c) {
    return Message.of(
        say.text("invite.summary", "name", c.name()),
        new Block.Text(say.text("invite.body", "name", c.name())),
        new Block.Buttons(
            List.of(
                new Button(
                    say.text("invite.join"), "campaign.join", c.id(), Button.Style.PRIMARY))));
  }

  /** The first message, a divider, then the second, under the second's summary. */
  static Message join(Message first, Message then) {
    List<Block> blocks = new ArrayList<>(first.blocks());
    blocks.add(new Block.Divider());
    blocks.addAll(then.blocks());
    return new Message(then.summary(), blocks);
  }

  static UserRef userOf(Delivery d) {
    return new UserRef(d.workspace(), d.userId());
  }
}
