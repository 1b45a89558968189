package org.allybot.core.survey;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Curriculum;
import org.allybot.content.Survey;
import org.allybot.content.SurveyQuestion;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.event.Reply;
import org.allybot.core.learning.LearningRecords;
import org.allybot.core.message.Message;

/**
 * Asks a survey one question at a time: each answer (or skip) is recorded at once under the
 * member's pseudonym, and the reply shows the next unanswered question in place, so a member can
 * stop and resume. Answers are accepted only for rounds that were put to that member, for campaigns
 * that still exist, within each question's range; a question keeps its first answer.
 */
public final class SurveyFlow {
  /** Every survey action and form id starts with this. */
  public static final String PREFIX = "survey.";

  private final Curriculum curriculum;
  private final CampaignStore campaigns;
  private final SurveyPorts ports;
  private final LearningRecords learning;
  private final Clock clock;

  public SurveyFlow(
      Curriculum curriculum,
      CampaignStore campaigns,
      SurveyPorts ports,
      LearningRecords learning,
      Clock clock) {
    this.curriculum = curriculum;
    this.campaigns = campaigns;
    this.ports = ports;
    this.learning = learning;
    this.clock = clock;
  }

  /**
   * Puts a round to a member: the question they are at (the first, with the intro, for someone
   * new), or empty when the campaign does not send that survey or they have answered it all.
   */
  public Optional<Message> open(UserRef user, Campaign c, SurveyRound round) {
    Optional<Survey> survey = survey(c, round);
    if (survey.isEmpty()) {
      return Optional.empty();
    }
    SurveyKey key = key(user, c.id(), round);
    ports.answers().open(key);
    return next(survey.get(), c, key, "");
  }

  /** Whether the campaign sends this round and the content has its survey. */
  Optional<Survey> survey(Campaign c, SurveyRound round) {
    return c.surveys().sends(round.surveyId())
        ? curriculum.survey(round.surveyId())
        : Optional.empty();
  }

  /** A survey button: an answer, a skip, or "write my answer" (which opens the text form). */
  public Reply choice(UserRef user, String action, String value) {
    Optional<SurveyButton> button = SurveyButton.decode(value);
    if (button.isEmpty()) {
      return Reply.text(SurveyTexts.UNKNOWN_BUTTON);
    }
    Target target = target(user, button.get());
    if (target.refusal() != null) {
      return target.refusal();
    }
    if (action.equals(SurveyMessages.WRITE)) {
      return target.question().type() == SurveyQuestion.Type.TEXT
          ? Reply.openForm(SurveyMessages.textForm(target.place()))
          : Reply.replacing(question(target, SurveyTexts.NOT_A_CHOICE));
    }
    return SurveyAnswerParser.parse(target.question(), button.get().answer())
        .map(answer -> record(user, target, answer, ""))
        .orElseGet(() -> Reply.replacing(question(target, SurveyTexts.NOT_A_CHOICE)));
  }

  /** The free-text form was sent. */
  public Reply form(UserRef user, String formId, Map<String, String> values) {
    Optional<SurveyButton> button =
        formId.startsWith(SurveyMessages.TEXT_FORM)
            ? SurveyButton.decode(formId.substring(SurveyMessages.TEXT_FORM.length()))
            : Optional.empty();
    if (button.isEmpty()) {
      return Reply.text(SurveyTexts.UNKNOWN_BUTTON);
    }
    Target target = target(user, button.get());
    if (target.refusal() != null) {
      return target.refusal();
    }
    if (target.question().type() != SurveyQuestion.Type.TEXT) {
      return Reply.text(SurveyTexts.UNKNOWN_BUTTON);
    }
    String text = values.getOrDefault(SurveyMessages.TEXT_FIELD, "").strip();
    if (text.isEmpty()) {
      return Reply.formErrors(Map.of(SurveyMessages.TEXT_FIELD, SurveyTexts.empty()));
    }
    if (text.length() > SurveyTexts.MAX_TEXT) {
      return Reply.formErrors(
          Map.of(SurveyMessages.TEXT_FIELD, SurveyTexts.tooLong(text.length())));
    }
    Reply next = record(user, target, StoredAnswer.TEXT, text);
    return new Reply(next.messages(), false, null);
  }

  /** Records one answer; the one that completes the round is reported as a learning event. */
  private Reply record(UserRef user, Target target, StoredAnswer answer, String text) {
    Survey survey = target.place().survey();
    int choices = target.question().choices().size();
    boolean recorded =
        ports
            .answers()
            .record(
                target.key(),
                new SurveyAnswer(
                    target.question().id(), answer, text, survey.questions().size(), choices));
    String note = recorded ? "" : SurveyTexts.ALREADY_ANSWERED;
    Optional<Message> next = next(survey, target.campaign(), target.key(), note);
    if (recorded && next.isEmpty()) {
      learning.surveyCompleted(user, target.campaign().id(), survey.id(), clock.instant());
    }
    return Reply.replacing(next.orElseGet(() -> SurveyMessages.done(survey)));
  }

  /** The first question the key has no answer to, or empty when all are answered. */
  Optional<Message> next(Survey survey, Campaign c, SurveyKey key, String note) {
    Map<String, StoredAnswer> progress = ports.answers().progress(key);
    for (int i = 0; i < survey.questions().size(); i++) {
      if (!progress.containsKey(survey.questions().get(i).id())) {
        var place = new SurveyMessages.Place(survey, key.round(), c.id(), c.name(), i);
        return Optional.of(SurveyMessages.question(place, note));
      }
    }
    return Optional.empty();
  }

  SurveyKey key(UserRef user, String campaignId, SurveyRound round) {
    return new SurveyKey(
        user.workspace(), campaignId, round, ports.pseudonym().of(user, campaignId));
  }

  private Message question(Target target, String note) {
    return SurveyMessages.question(target.place(), note);
  }

  /** Finds what a button points at, or the reason to refuse it; nothing is stored on refusal. */
  private Target target(UserRef user, SurveyButton button) {
    Optional<Campaign> campaign = campaigns.find(user.workspace(), button.campaignId());
    if (campaign.isEmpty()) {
      return Target.refused(Reply.text(SurveyTexts.CAMPAIGN_GONE));
    }
    Campaign c = campaign.get();
    Optional<Survey> survey = curriculum.survey(button.round().surveyId());
    if (survey.isEmpty()) {
      return Target.refused(Reply.text(SurveyTexts.SURVEY_GONE));
    }
    SurveyKey key = key(user, c.id(), button.round());
    if (!ports.answers().isOpen(key)) {
      return Target.refused(Reply.text(SurveyTexts.NOT_SENT));
    }
    int index = indexOf(survey.get(), button.questionId());
    if (index < 0) {
      return Target.refused(
          Reply.replacing(
              next(survey.get(), c, key, SurveyTexts.QUESTION_GONE)
                  .orElseGet(() -> SurveyMessages.done(survey.get()))));
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
