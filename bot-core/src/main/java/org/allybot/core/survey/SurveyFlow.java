package org.allybot.core.survey;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Curriculum;
import org.allybot.content.Localized;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.LocalContent;
import org.allybot.core.language.Messages;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.message.Message;

/**
 * Asks a survey one question at a time: each answer (or skip) is recorded at once under the
 * member's pseudonym, and the reply shows the next unanswered question in place, so a member can
 * stop and resume. Answers are accepted only for rounds that were put to that member, for campaigns
 * that still exist, within each question's range; a question keeps its first answer. Each member
 * reads the survey in their language; what is stored is the same in every language.
 */
public final class SurveyFlow {
  /** Every survey action and form id starts with this. */
  public static final String PREFIX = "survey.";

  private final Curriculum curriculum;
  private final CampaignStore campaigns;
  private final SurveyPorts ports;
  private final LearningRecords learning;
  private final Clock clock;
  private final LanguageOf languages;

  public SurveyFlow(
      Curriculum curriculum,
      CampaignStore campaigns,
      SurveyPorts ports,
      LearningRecords learning,
      Clock clock,
      LanguageOf languages) {
    this.curriculum = curriculum;
    this.campaigns = campaigns;
    this.ports = ports;
    this.learning = learning;
    this.clock = clock;
    this.languages = languages;
  }

  /**
   * Puts a round to a member: the question they are at (the first, with the intro, for someone
   * new), or empty when the campaign does not send that survey or they have answered it all.
   */
  public Optional<Message> open(UserRef user, Campaign c, SurveyRound round) {
    Optional<Localized<Survey>> survey =
        c.surveys().sends(round.surveyId()) ? survey(user, round) : Optional.empty();
    if (survey.isEmpty()) {
      return Optional.empty();
    }
    SurveyKey key = key(user, c.id(), round);
    ports.answers().open(key);
    return next(user, survey.get(), c, key, "");
  }

  /** The round's survey in the member's language (English for an item not translated yet). */
  Optional<Localized<Survey>> survey(UserRef user, SurveyRound round) {
    return LocalContent.survey(curriculum, round.surveyId(), languages.member(user));
  }

  Messages say(UserRef user) {
    return languages.messages(user);
  }

  /** A survey button: an answer, a skip, or "write my answer" (which opens the text form). */
  public Reply choice(UserRef user, String action, String value) {
    Optional<SurveyButton> button = SurveyButton.decode(value);
    Messages say = say(user);
    if (button.isEmpty()) {
      return Reply.text(say.text("survey.unknown-button"));
    }
    Target target = target(user, button.get());
    if (target.refusal() != null) {
      return target.refusal();
    }
    if (action.equals(SurveyMessages.WRITE)) {
      return target.question().type() == SurveyQuestion.Type.TEXT
          ? Reply.openForm(SurveyMessages.textForm(say, target.place()))
          : Reply.replacing(question(say, target, say.text("survey.not-a-choice")));
    }
    return SurveyAnswerParser.parse(target.question(), button.get().answer())
        .map(answer -> record(user, target, answer, ""))
        .orElseGet(() -> Reply.replacing(question(say, target, say.text("survey.not-a-choice"))));
  }

  /** The free-text form was sent. */
  public Reply form(UserRef user, String formId, Map<String, String> values) {
    Optional<SurveyButton> button =
        formId.startsWith(SurveyMessages.TEXT_FORM)
            ? SurveyButton.decode(formId.substring(SurveyMessages.TEXT_FORM.length()))
            : Optional.empty();
    Messages say = say(user);
    if (button.isEmpty()) {
      return Reply.text(say.text("survey.unknown-button"));
    }
    Target target = target(user, button.get());
    if (target.refusal() != null) {
      return target.refusal();
    }
    if (target.question().type() != SurveyQuestion.Type.TEXT) {
      return Reply.text(say.text("survey.unknown-button"));
    }
    String text = values.getOrDefault(SurveyMessages.TEXT_FIELD, "").strip();
    if (text.isEmpty()) {
      return Reply.formErrors(Map.of(SurveyMessages.TEXT_FIELD, SurveyMessages.empty(say)));
    }
    if (text.length() > SurveyMessages.MAX_TEXT) {
      return Reply.formErrors(
          Map.of(SurveyMessages.TEXT_FIELD, SurveyMessages.tooLong(say, text.length())));
    }
    Reply next = record(user, target, StoredAnswer.TEXT, text);
    return new Reply(next.messages(), false, null);
  }

  /** Records one answer; the one that completes the round is reported as a learning event. */
  private Reply record(UserRef user, Target target, StoredAnswer answer, String text) {
    Survey survey = target.place().survey();
    Messages say = say(user);
    int choices = target.question().choices().size();
    boolean recorded =
        ports
            .answers()
            .record(
                target.key(),
                new SurveyAnswer(
                    target.question().id(), answer, text, survey.questions().size(), choices));
    String note = recorded ? "" : say.text("survey.already-answered");
    Optional<Message> next =
        next(user, target.place().localized(), target.campaign(), target.key(), note);
    if (recorded && next.isEmpty()) {
      learning.surveyCompleted(user, target.campaign().id(), survey.id(), clock.instant());
    }
    return Reply.replacing(next.orElseGet(() -> SurveyMessages.done(say, survey)));
  }

  /** The first question the key has no answer to, or empty when all are answered. */
  Optional<Message> next(
      UserRef user, Localized<Survey> survey, Campaign c, SurveyKey key, String note) {
    Map<String, StoredAnswer> progress = ports.answers().progress(key);
    List<SurveyQuestion> questions = survey.item().questions();
    for (int i = 0; i < questions.size(); i++) {
      if (!progress.containsKey(questions.get(i).id())) {
        var place = new SurveyMessages.Place(survey, key.round(), c.id(), c.name(), i);
        return Optional.of(SurveyMessages.question(say(user), place, note));
      }
    }
    return Optional.empty();
  }

  SurveyKey key(UserRef user, String campaignId, SurveyRound round) {
    return new SurveyKey(
        user.workspace(), campaignId, round, ports.pseudonym().of(user, campaignId));
  }

  private static Message question(Messages say, Target target, String note) {
    return SurveyMessages.question(say, target.place(), note);
  }

  /** Finds what a button points at, or the reason to refuse it; nothing is stored on refusal. */
  private Target target(UserRef user, SurveyButton button) {
    Messages say = say(user);
    Optional<Campaign> campaign = campaigns.find(user.workspace(), button.campaignId());
    if (campaign.isEmpty()) {
      return Target.refused(Reply.text(say.text("survey.campaign-gone")));
    }
    Campaign c = campaign.get();
    Optional<Localized<Survey>> survey = survey(user, button.round());
    if (survey.isEmpty()) {
      return Target.refused(Reply.text(say.text("survey.survey-gone")));
    }
    SurveyKey key = key(user, c.id(), button.round());
    if (!ports.answers().isOpen(key)) {
      return Target.refused(Reply.text(say.text("survey.not-sent")));
    }
    int index = indexOf(survey.get().item(), button.questionId());
    if (index < 0) {
      return Target.refused(
          Reply.replacing(
              next(user, survey.get(), c, key, say.text("survey.question-gone"))
                  .orElseGet(() -> SurveyMessages.done(say, survey.get().item()))));
    }
    var place = new SurveyMessages.Place(survey.get(), button.round(), c.id(), c.name(), index);
    return new Target(c, key, place, null);
  }

  private static int indexOf(Survey survey, String questionId) {
    for (int i = 0; i < survey.questions().size(); i++) {
      if (survey.questions().get(i).id().equals(questionId)) {
        return i;
      }
    }
    return -1;
  }

  /** A button's campaign, key and question; or, with {@code refusal} set, why not. */
  private record Target(
      Campaign campaign, SurveyKey key, SurveyMessages.Place place, Reply refusal) {
    static Target refused(Reply refusal) {
      return new Target(null, null, null, refusal);
    }

    SurveyQuestion question() {
      return place.question();
    }
  }
}
