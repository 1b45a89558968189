package org.allybot.core.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.message.Button;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the use cases report to the learning record store, and what they do not repeat. */
@ExtendWith(EmbeddedRedisExtension.class)
class LearningEventsTest {
  private static final String CAMPAIGN = "pilot";

  private CoreHarness harness;
  private Scenario scenario;
  private Lesson lesson;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis);
    scenario = harness.bot.context().curriculum().scenarios().getFirst();
    lesson = harness.bot.context().curriculum().lessons().getFirst();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private void answer(String optionId) {
    harness.press(
        "alice",
        PollMessages.ANSWER,
        new PollChoice(CAMPAIGN, scenario.id(), Scenario.OPENING, optionId).encode());
  }

  private void pressLesson(String action) {
    harness.press("alice", action, CAMPAIGN + "|" + lesson.id());
  }

  @Test
  void answeringAPollReportsTheChoiceInItsCampaignAtTheCoresTime() {
    String option = scenario.opening().options().getFirst().id();
    Instant now = harness.clock.instant();

    answer(option);

    assertThat(harness.learned)
        .containsExactly(
            new LearningEvent.PollAnswered(
                CoreHarness.user("alice"), CAMPAIGN, scenario.id(), Scenario.OPENING, option, now));
  }

  @Test
  void theSameChoiceAgainIsNoNewEventButAnotherChoiceIs() {
    var options = scenario.opening().options().stream().map(ScenarioOption::id).toList();

    answer(options.get(0));
    answer(options.get(0));
    answer(options.get(1));

    assertThat(harness.learned)
        .extracting(e -> ((LearningEvent.PollAnswered) e).optionId())
        .containsExactly(options.get(0), options.get(1));
  }

  @Test
  void aLessonIsExperiencedOnceHoweverManyButtonsArePressed() {
    pressLesson(LessonMessages.GOT_IT);
    pressLesson(LessonMessages.MORE);
    pressLesson(LessonMessages.GOT_IT);

    assertThat(harness.learned)
        .containsExactly(
            new LearningEvent.LessonExperienced(
                CoreHarness.user("alice"), CAMPAIGN, lesson.id(), harness.clock.instant()));
  }

  @Test
  void notForMeIsNotARead() {
    pressLesson(LessonMessages.NOT_FOR_ME);

    assertThat(harness.learned).isEmpty();
  }

  @Test
  void illTryThisIsAReadAndACommitmentOnce() {
    pressLesson(LessonMessages.TRY);
    pressLesson(LessonMessages.TRY);

    assertThat(harness.learned)
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("LessonExperienced", "CommitmentMade");
  }

  @Test
  void theCheckInCarriesTheCampaignSoTriedIsAttemptedInIt() {
    pressLesson(LessonMessages.TRY);
    harness.clock.advance(Duration.ofDays(7));
    harness.bot.sendDueCheckIns();
    Delivery checkIn = harness.outbox.getLast();
    var send = (Composed.Send) harness.bot.composer().compose(checkIn);
    Button tried = send.message().buttons().getFirst();

    harness.press("alice", tried.action(), tried.value());

    assertThat(harness.learned.getLast())
        .isEqualTo(
            new LearningEvent.CommitmentAttempted(
                CoreHarness.user("alice"), CAMPAIGN, lesson.id(), harness.clock.instant()));
  }

  @Test
  void aCheckInButtonFromBeforeTheCampaignWasCarriedStillWorks() {
    harness.press("alice", LessonMessages.CHECK_IN, lesson.id() + "|tried");

    assertThat(harness.learned)
        .containsExactly(
            new LearningEvent.CommitmentAttempted(
                CoreHarness.user("alice"), "", lesson.id(), harness.clock.instant()));
  }

  @Test
  void notYetAndSkipAreNoAttempt() {
    harness.press("alice", LessonMessages.CHECK_IN, lesson.id() + "|not-yet|" + CAMPAIGN);
    harness.press("alice", LessonMessages.CHECK_IN, lesson.id() + "|skip|" + CAMPAIGN);

    assertThat(harness.learned).isEmpty();
  }
}
