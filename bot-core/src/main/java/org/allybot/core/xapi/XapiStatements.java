package org.allybot.core.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.UserRef;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.member.MemberPseudonym;

/**
 * Turns a learning event into an xAPI 1.0.3 statement. The actor is the member's campaign pseudonym
 * (or their e-mail in {@link ActorMode#EMAIL}); no name, user id or answer text is ever in a
 * statement. Ids are name-based UUIDs of verb, pseudonym, object and time, so the same event always
 * makes the same statement.
 */
public final class XapiStatements {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LANGUAGE = "en";

  private final Curriculum curriculum;
  private final XapiVocabulary vocabulary;
  private final MemberPseudonym pseudonyms;
  private final ActorMode actorMode;
  private final MemberEmails emails;

  public XapiStatements(
      Curriculum curriculum,
      XapiVocabulary vocabulary,
      MemberPseudonym pseudonyms,
      ActorMode actorMode,
      MemberEmails emails) {
    this.curriculum = curriculum;
    this.vocabulary = vocabulary;
    this.pseudonyms = pseudonyms;
    this.actorMode = actorMode;
    this.emails = emails;
  }

  public Statement build(LearningEvent event) {
    Draft draft =
        switch (event) {
          case LearningEvent.PollAnswered a -> answered(a);
          case LearningEvent.LessonExperienced e -> lessonRead(e);
          case LearningEvent.CommitmentMade c ->
              commitment(vocabulary.committed(), "committed to", c.lessonId());
          case LearningEvent.CommitmentAttempted a ->
              commitment(XapiVocabulary.ATTEMPTED, "attempted", a.lessonId());
          case LearningEvent.SurveyCompleted s -> surveyCompleted(s);
        };
    ObjectNode actor = actor(event.member(), pseudonyms.of(event.member(), event.campaignId()));
    // Named by what the statement itself shows (never by a pseudonym it does not carry), so that
    // an id cannot be matched against pseudonyms kept elsewhere, such as with survey answers.
    String id =
        NameUuid.of(
                String.join(
                    "\n",
                    draft.verb().get("id").asText(),
                    actor.toString(),
                    draft.object().get("id").asText(),
                    Long.toString(event.at().toEpochMilli())))
            .toString();
    ObjectNode statement = JSON.createObjectNode();
    statement.put("id", id);
    statement.set("actor", actor);
    statement.set("verb", draft.verb());
    statement.set("object", draft.object());
    if (draft.result() != null) {
      statement.set("result", draft.result());
    }
    statement.set("context", context(event, draft.senses()));
    statement.put("timestamp", event.at().toString());
    return new Statement(id, statement.toString());
  }

  /** The registration of every statement of a campaign: one UUID per workspace and campaign. */
  public static String registration(UserRef member, String campaignId) {
    return NameUuid.of("registration\n" + member.workspace().key() + "\n" + campaignId).toString();
  }

  private Draft answered(LearningEvent.PollAnswered a) {
    Optional<Scenario> scenario = curriculum.scenario(a.scenarioId());
    Optional<ScenarioOption> option =
        scenario.flatMap(s -> s.step(a.stepId())).flatMap(s -> s.option(a.optionId()));
    ObjectNode result = JSON.createObjectNode();
    result.put("response", a.optionId());
    result.put("success", option.map(o -> o.verdict() == Verdict.STRONG).orElse(false));
    option.ifPresent(
        o -> result.putObject("extensions").put(vocabulary.verdictExtension(), o.verdict().id()));
    ObjectNode object =
        activity(
            vocabulary.activity("scenario", a.scenarioId(), a.stepId()),
            XapiVocabulary.QUESTION,
            scenario.map(Scenario::title));
    return new Draft(
        verb(XapiVocabulary.ANSWERED, "answered"),
        object,
        result,
        scenario.map(s -> s.tags().senses()).orElse(List.of()));
  }

  private Draft lessonRead(LearningEvent.LessonExperienced e) {
    Optional<Lesson> lesson = curriculum.lesson(e.lessonId());
    ObjectNode object =
        activity(
            vocabulary.activity("lesson", e.lessonId()),
            XapiVocabulary.LESSON,
            lesson.map(Lesson::title));
    return new Draft(verb(XapiVocabulary.EXPERIENCED, "experienced"), object, null, senses(lesson));
  }

  /** Made and attempted share one object, the lesson's practice, so an LRS can pair them. */
  private Draft commitment(String verbId, String display, String lessonId) {
    Optional<Lesson> lesson = curriculum.lesson(lessonId);
    ObjectNode object =
        activity(
            vocabulary.activity("lesson", lessonId, "try"),
            XapiVocabulary.OBJECTIVE,
            lesson.map(l -> "Try this: " + l.title()));
    lesson.ifPresent(l ->
        ((ObjectNode) object.get("definition"))
            .putObject("description")
            .put(LANGUAGE, l.tryThis()));
    return new Draft(verb(verbId, display), object, null, senses(lesson));
  }

  private Draft surveyCompleted(LearningEvent.SurveyCompleted s) {
    ObjectNode object =
        activity(
            vocabulary.activity("survey", s.surveyId()),
            XapiVocabulary.SURVEY,
            curriculum.survey(s.surveyId()).map(survey -> survey.title()));
    ObjectNode result = JSON.createObjectNode().put("completion", true);
    return new Draft(verb(XapiVocabulary.COMPLETED, "completed"), object, result, List.of());
  }

  private ObjectNode actor(UserRef member, String pseudonym) {
    ObjectNode actor = JSON.createObjectNode().put("objectType", "Agent");
    Optional<String> email =
        actorMode == ActorMode.EMAIL
            ? emails.emailOf(member).map(String::strip).filter(XapiStatements::isEmail)
            : Optional.empty();
    if (email.isPresent()) {
      return actor.put("mbox", "mailto:" + email.get());
    }
    actor.putObject("account").put("homePage", vocabulary.homePage()).put("name", pseudonym);
    return actor;
  }

  private ObjectNode context(LearningEvent event, List<Sense> senses) {
    ObjectNode context = JSON.createObjectNode();
    if (!event.campaignId().isEmpty()) {
      context.put("registration", registration(event.member(), event.campaignId()));
    }
    context.put("platform", platform(event.member()));
    context.put("language", LANGUAGE);
    if (!senses.isEmpty()) {
      var list = context.putObject("extensions").putArray(vocabulary.sensesExtension());
      senses.forEach(sense -> list.add(sense.id()));
    }
    return context;
  }

  private static String platform(UserRef member) {
    return switch (member.workspace().platform()) {
      case SLACK -> "Allybot on Slack";
      case TEAMS -> "Allybot on Microsoft Teams";
      case SHELL -> "Allybot shell";
    };
  }

  private static ObjectNode verb(String id, String display) {
    ObjectNode verb = JSON.createObjectNode().put("id", id);
    verb.putObject("display").put(LANGUAGE, display);
    return verb;
  }

  private static ObjectNode activity(String id, String type, Optional<String> name) {
    ObjectNode activity = JSON.createObjectNode().put("objectType", "Activity").put("id", id);
    ObjectNode definition = activity.putObject("definition").put("type", type);
    name.ifPresent(n -> definition.putObject("name").put(LANGUAGE, n));
    return activity;
  }

  private static List<Sense> senses(Optional<Lesson> lesson) {
    return lesson.map(l -> l.tags().senses()).orElse(List.of());
  }

  /** A plain check: one '@', something either side, no spaces; anything else stays pseudonymous. */
  static boolean isEmail(String value) {
    return value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  private record Draft(ObjectNode verb, ObjectNode object, ObjectNode result, List<Sense> senses) {}
}
