package org.allybot.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreContext;
import org.allybot.core.CoreHarness;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The baseline goes with a mandatory campaign's welcome; the follow-up and feedback go out once on
 * the end date, the follow-up again 90 days on; an admin can send the follow-up at once.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SurveySendingTest {
  private CoreHarness harness;
  private SurveyScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
    scene = new SurveyScene(harness);
    harness.say("alice", "help");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  /** A second instance's scheduler on the same store. */
  private SurveySchedule anotherInstance() {
    CoreContext core = harness.bot.context();
    return new SurveySchedule(
        core.campaigns(),
        new CampaignAudience(core),
        core.surveys().answers(),
        core.outbox(),
        core.clock(),
        core.config().defaultZone());
  }

  private List<String> surveysQueued() {
    return scene.queued(Delivery.Kind.SURVEY).stream()
        .map(d -> d.userId() + ":" + d.data().get(Delivery.ROUND))
        .toList();
  }

  @Test
  void aMandatoryCampaignsWelcomeCarriesTheBaselinesFirstQuestion() {
    scene.campaign("--mandatory");
    Delivery welcome =
        scene.queued(Delivery.Kind.WELCOME).stream()
            .filter(d -> d.userId().equals("alice"))
            .findFirst()
            .orElseThrow();

    String text = CoreHarness.text(scene.compose(welcome));

    assertThat(text)
        .contains("You're part of *Pilot*")
        .contains("Question 1 of 7 · Pilot")
        .contains("[1] 1 · Strongly disagree");
  }

  @Test
  void theFollowupAndFeedbackGoOutOnceOnTheEndDateAndTheFollowupAgain90DaysLater() {
    scene.campaign("--end 2026-11-30 --polls mon@09:30");
    scene.join("alice");
    SurveySchedule other = anotherInstance();

    assertThat(harness.bot.sendDueSurveys()).isZero();
    harness.clock.set(Instant.parse("2026-11-30T09:29:00Z"));
    assertThat(harness.bot.sendDueSurveys()).isZero();
    harness.clock.set(Instant.parse("2026-11-30T09:30:00Z"));
    int first = harness.bot.sendDueSurveys();
    int second = other.sendDue();
    harness.clock.set(Instant.parse("2026-12-01T10:00:00Z"));
    int third = harness.bot.sendDueSurveys();

    assertThat(List.of(first, second, third)).containsExactly(2, 0, 0);
    assertThat(surveysQueued()).containsExactlyInAnyOrder("alice:followup", "alice:feedback");

    harness.clock.set(Instant.parse("2027-02-28T09:30:00Z"));
    assertThat(other.sendDue()).isEqualTo(1);
    assertThat(harness.bot.sendDueSurveys()).isZero();
    assertThat(surveysQueued()).contains("alice:followup-90");
  }

  @Test
  void aRoundLongOverdueIsNotSentOutOfTheBlue() {
    scene.campaign("--end 2026-11-30");
    scene.join("alice");
    harness.clock.set(Instant.parse("2026-12-20T09:30:00Z"));

    assertThat(harness.bot.sendDueSurveys()).isZero();
  }

  @Test
  void pausedCampaignsAndCampaignsWithoutThoseSurveysSendNothingAtTheEnd() {
    scene.campaign("--end 2026-11-30 --surveys baseline");
    harness.say("boss", "campaign create Paused --end 2026-11-30");
    harness.say("boss", "campaign pause Paused");
    harness.clock.set(Instant.parse("2026-11-30T12:00:00Z"));

    assertThat(harness.bot.sendDueSurveys()).isZero();
  }

  @Test
  void aSurveyDeliveryShowsTheMembersNextQuestionAndNothingOnceTheyFinished() {
    scene.campaign("--end 2026-11-30");
    scene.join("alice");
    harness.say("boss", "campaign run Pilot survey now");
    Delivery followup = scene.queued(Delivery.Kind.SURVEY).getFirst();

    String text = CoreHarness.text(scene.compose(followup));
    assertThat(text).contains("Where you are with allyship now").contains("Question 1 of 11");

    scene.answerAll(
        "alice", org.allybot.core.event.Reply.of(scene.compose(followup)), "3 · Neither");
    assertThat(harness.bot.composer().compose(followup))
        .isEqualTo(new Composed.Skip("nothing to send"));
  }

  @Test
  void runSurveyNowSendsTheFollowupToEveryoneTakingPartAndIsAudited() {
    scene.campaign("");
    scene.join("alice");
    scene.join("bob");

    String reply = CoreHarness.text(harness.say("boss", "campaign run Pilot survey now"));

    assertThat(reply).startsWith("Sending the follow-up survey of *Pilot* to 2 members now.");
    assertThat(surveysQueued()).containsExactlyInAnyOrder("alice:followup", "bob:followup");
    assertThat(CoreHarness.text(harness.say("boss", "admin audit"))).contains("Pilot survey");
  }

  @Test
  void runSurveyNowRefusesMembersUnknownCampaignsAndCampaignsWithoutAFollowup() {
    scene.campaign("--surveys baseline,feedback");

    assertThat(CoreHarness.text(harness.say("alice", "campaign run Pilot survey now")))
        .startsWith("Only Allybot admins can do that.");
    assertThat(CoreHarness.text(harness.say("boss", "campaign run Nope survey now")))
        .startsWith("There is no campaign called \"Nope\".");
    assertThat(CoreHarness.text(harness.say("boss", "campaign run Pilot survey now")))
        .startsWith("*Pilot* doesn't send the follow-up survey.")
        .contains("--surveys baseline,followup,feedback");
    assertThat(scene.queued(Delivery.Kind.SURVEY)).isEmpty();
  }

  @Test
  void theSurveysOptionIsCheckedAndShown() {
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --surveys baseline,maybe")))
        .startsWith("--surveys takes baseline, followup and feedback, comma-separated, or none;")
        .contains("'maybe'");
    scene.campaign("--surveys baseline,feedback");
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Pilot")))
        .contains("Surveys: baseline, feedback (follow-up and feedback need an --end date)");
    harness.say("boss", "campaign edit Pilot --surveys none");
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Pilot")))
        .contains("Surveys: none");
    harness.say("boss", "campaign edit Pilot --surveys all --end 2027-01-31");
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Pilot")))
        .contains("Surveys: baseline, followup, feedback");
  }

  @Test
  void aFreeTextAnswerIsWrittenInAFormAndReportedOnlyAsACount() {
    scene.campaign("--end 2026-11-23");
    scene.join("alice");
    harness.clock.set(Instant.parse("2026-11-23T09:30:00Z"));
    harness.bot.sendDueSurveys();
    Delivery feedback =
        scene.queued(Delivery.Kind.SURVEY).stream()
            .filter(d -> d.data().get(Delivery.ROUND).equals("feedback"))
            .findFirst()
            .orElseThrow();
    var question = scene.compose(feedback);
    var write = SurveyScene.button(question, "Write my answer");

    var opened = harness.press("alice", write.action(), write.value());
    assertThat(opened.hasForm()).isTrue();
    assertThat(opened.form().fields().getFirst().label())
        .isEqualTo("What helped you most during this campaign, and why?");

    String formId = opened.form().formId();
    var empty = new TextForms(harness).submit("alice", formId, "  ");
    var tooLong = new TextForms(harness).submit("alice", formId, "x".repeat(2001));
    var sent = new TextForms(harness).submit("alice", formId, "The polls made me think.");

    assertThat(empty.fieldErrors()).containsKey("answer");
    assertThat(tooLong.fieldErrors().get("answer"))
        .isEqualTo(
            "That's 2,001 characters; the limit is 2,000. Please shorten it and send it again.");
    assertThat(CoreHarness.text(sent)).contains("Question 2 of 2");
    assertThat(
            harness
                .bot
                .context()
                .surveys()
                .answers()
                .texts(CoreHarness.WORKSPACE, "pilot", SurveyRound.FEEDBACK, "helped-most"))
        .containsExactly("The polls made me think.");
    assertThat(new TextForms(harness).submit("alice", formId, "Again").messages().getLast())
        .satisfies(
            m -> assertThat(CoreHarness.text(m)).contains("You had already answered that one"));
  }

  /** Submits the free-text form as a platform would. */
  private record TextForms(CoreHarness harness) {
    org.allybot.core.event.Reply submit(String member, String formId, String text) {
      return CoreHarness.checked(
          harness.bot.handle(
              new org.allybot.core.event.CoreEvent.FormSubmitted(
                  org.allybot.core.event.Actor.of(CoreHarness.user(member), member),
                  formId,
                  Map.of("answer", text))));
    }
  }
}
