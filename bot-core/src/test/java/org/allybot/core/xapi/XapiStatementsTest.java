package org.allybot.core.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.allybot.content.ContentLoader;
import org.allybot.content.Curriculum;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.Verdict;
import org.allybot.core.MasterKey;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.member.MemberPseudonym;
import org.junit.jupiter.api.Test;

/** The statements as an LRS receives them, verb by verb. */
class XapiStatementsTest {
  private static final Curriculum CURRICULUM = ContentLoader.builtIn().curriculum();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUBLIC = "https://ally.example.com/";
  private static final UserRef ALICE =
      new UserRef(new WorkspaceId(Platform.SLACK, "T0001"), "U0ALICE42");
  private static final Instant AT = Instant.parse("2026-11-23T09:30:00.125Z");
  private static final MasterKey KEY = MasterKey.generate();

  private final Scenario scenario = CURRICULUM.scenarios().getFirst();
  private final Lesson lesson = CURRICULUM.lessons().getFirst();

  private static XapiStatements statements(ActorMode mode, MemberEmails emails) {
    return new XapiStatements(
        CURRICULUM, new XapiVocabulary(PUBLIC), new MemberPseudonym(KEY), mode, emails);
  }

  private static JsonNode build(LearningEvent event) {
    return parse(statements(ActorMode.PSEUDONYM, MemberEmails.NONE).build(event));
  }

  private static JsonNode parse(Statement statement) {
    try {
      JsonNode json = JSON.readTree(statement.json());
      assertThat(json.get("id").asText()).isEqualTo(statement.id());
      return json;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private ScenarioOption option(Verdict verdict) {
    return scenario.opening().options().stream()
        .filter(o -> o.verdict() == verdict)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void answeredCarriesTheOptionAsResponseAndSuccessForAStrongAnswer() {
    ScenarioOption strong = option(Verdict.STRONG);

    JsonNode s =
        build(
            new LearningEvent.PollAnswered(
                ALICE, "pilot", scenario.id(), "start", strong.id(), AT));

    assertThat(s.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
    assertThat(s.at("/object/id").asText())
        .isEqualTo("https://ally.example.com/xapi/activities/scenario/" + scenario.id() + "/start");
    assertThat(s.at("/object/definition/type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/question");
    assertThat(s.at("/object/definition/name/en").asText()).isEqualTo(scenario.title());
    assertThat(s.at("/result/response").asText()).isEqualTo(strong.id());
    assertThat(s.at("/result/success").asBoolean()).isTrue();
    assertThat(
            s.at("/result/extensions")
                .get("https://ally.example.com/xapi/extensions/verdict")
                .asText())
        .isEqualTo("strong");
    assertThat(s.at("/timestamp").asText()).isEqualTo("2026-11-23T09:30:00.125Z");
  }

  @Test
  void aRiskyAnswerIsNoSuccess() {
    JsonNode s =
        build(
            new LearningEvent.PollAnswered(
                ALICE, "pilot", scenario.id(), "start", option(Verdict.RISKY).id(), AT));

    assertThat(s.at("/result/success").isBoolean()).isTrue();
    assertThat(s.at("/result/success").asBoolean()).isFalse();
  }

  @Test
  void experiencedNamesTheLessonAndItsSensesInTheContext() {
    JsonNode s = build(new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT));

    assertThat(s.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
    assertThat(s.at("/object/id").asText())
        .isEqualTo("https://ally.example.com/xapi/activities/lesson/" + lesson.id());
    assertThat(s.at("/object/definition/type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/lesson");
    assertThat(s.has("result")).isFalse();
    JsonNode senses =
        s.at("/context/extensions").get("https://ally.example.com/xapi/extensions/senses");
    assertThat(senses.isArray()).isTrue();
    assertThat(senses)
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(lesson.tags().senses().stream().map(x -> x.id()).toList());
  }

  @Test
  void aCommitmentIsCommittedUnderOurOwnVerbAndItsCheckInAttemptedOnTheSameObject() {
    JsonNode made = build(new LearningEvent.CommitmentMade(ALICE, "pilot", lesson.id(), AT));
    JsonNode tried =
        build(
            new LearningEvent.CommitmentAttempted(
                ALICE, "pilot", lesson.id(), AT.plusSeconds(604_800)));

    assertThat(made.at("/verb/id").asText())
        .isEqualTo("https://ally.example.com/xapi/verbs/committed");
    assertThat(tried.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/attempted");
    assertThat(made.at("/object/id").asText())
        .isEqualTo("https://ally.example.com/xapi/activities/lesson/" + lesson.id() + "/try")
        .isEqualTo(tried.at("/object/id").asText());
    assertThat(made.at("/object/definition/description/en").asText()).isEqualTo(lesson.tryThis());
    assertThat(made.at("/actor")).isEqualTo(tried.at("/actor"));
  }

  @Test
  void completedASurveyCarriesNoAnswers() {
    JsonNode s = build(new LearningEvent.SurveyCompleted(ALICE, "pilot", "baseline", AT));

    assertThat(s.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    assertThat(s.at("/object/id").asText())
        .isEqualTo("https://ally.example.com/xapi/activities/survey/baseline");
    assertThat(s.at("/result").toString()).isEqualTo("{\"completion\":true}");
  }

  @Test
  void theActorIsAnAccountNamedByTheCampaignPseudonymAndNothingPersonalIsInTheStatement() {
    Statement statement =
        statements(ActorMode.PSEUDONYM, member -> Optional.of("alice@example.com"))
            .build(new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT));
    JsonNode s = parse(statement);

    assertThat(s.at("/actor/objectType").asText()).isEqualTo("Agent");
    assertThat(s.at("/actor/account/homePage").asText()).isEqualTo("https://ally.example.com");
    assertThat(s.at("/actor/account/name").asText())
        .isEqualTo(new MemberPseudonym(KEY).of(ALICE, "pilot"));
    assertThat(s.at("/actor").size()).isEqualTo(2);
    assertThat(statement.json()).doesNotContain("U0ALICE42", "T0001", "alice", "mbox");
  }

  @Test
  void theEmailActorUsesTheMembersMailboxWhenThePlatformGivesOne() {
    JsonNode s =
        parse(
            statements(ActorMode.EMAIL, member -> Optional.of(" alice@example.com "))
                .build(new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT)));

    assertThat(s.at("/actor/mbox").asText()).isEqualTo("mailto:alice@example.com");
    assertThat(s.at("/actor").has("account")).isFalse();
  }

  @Test
  void theEmailActorFallsBackToThePseudonymWithoutAUsableEmail() {
    for (Optional<String> email : java.util.List.of(Optional.<String>empty(), Optional.of("no"))) {
      JsonNode s =
          parse(
              statements(ActorMode.EMAIL, member -> email)
                  .build(new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT)));

      assertThat(s.at("/actor/account/name").asText()).hasSize(32);
      assertThat(s.at("/actor").has("mbox")).isFalse();
    }
  }

  @Test
  void theSameEventAlwaysMakesTheSameStatementAndAnotherTimeAnotherId() {
    XapiStatements statements = statements(ActorMode.PSEUDONYM, MemberEmails.NONE);
    var event = new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT);

    Statement once = statements.build(event);
    Statement again = statements.build(event);
    Statement later =
        statements.build(
            new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT.plusMillis(1)));

    assertThat(again).isEqualTo(once);
    assertThat(UUID.fromString(once.id()).version()).isEqualTo(5);
    assertThat(later.id()).isNotEqualTo(once.id());
  }

  @Test
  void anEmailActorsIdsCannotBeMatchedToTheirPseudonym() {
    var event = new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT);
    MemberEmails email = member -> Optional.of("alice@example.com");
    XapiStatements oneKey = statements(ActorMode.EMAIL, email);
    XapiStatements otherKey =
        new XapiStatements(
            CURRICULUM,
            new XapiVocabulary(PUBLIC),
            new MemberPseudonym(MasterKey.generate()),
            ActorMode.EMAIL,
            email);

    assertThat(oneKey.build(event).id()).isEqualTo(otherKey.build(event).id());
  }

  @Test
  void aCampaignHasOneRegistrationForAllItsMembersAndNoneOutsideACampaign() {
    UserRef bob = new UserRef(ALICE.workspace(), "U0BOB");
    JsonNode alice = build(new LearningEvent.LessonExperienced(ALICE, "pilot", lesson.id(), AT));
    JsonNode bobs = build(new LearningEvent.CommitmentMade(bob, "pilot", lesson.id(), AT));
    JsonNode other = build(new LearningEvent.CommitmentMade(bob, "autumn", lesson.id(), AT));
    JsonNode none = build(new LearningEvent.CommitmentMade(bob, "", lesson.id(), AT));

    String registration = alice.at("/context/registration").asText();
    assertThat(UUID.fromString(registration)).isNotNull();
    assertThat(bobs.at("/context/registration").asText()).isEqualTo(registration);
    assertThat(other.at("/context/registration").asText()).isNotEqualTo(registration);
    assertThat(none.at("/context").has("registration")).isFalse();
    assertThat(alice.at("/context/platform").asText()).isEqualTo("Allybot on Slack");
  }
}
