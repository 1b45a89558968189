package org.allybot.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.learning.LearningEvent;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member answers the baseline one question at a time, skipping and resuming as they like. */
@ExtendWith(EmbeddedRedisExtension.class)
class SurveyAnsweringTest {
  private CoreHarness harness;
  private SurveyScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
    scene = new SurveyScene(harness);
    harness.say("alice", "help");
    scene.campaign("");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private SurveyAnswers.Figures baselineFigures() {
    return harness
        .bot
        .context()
        .surveys()
        .answers()
        .figures(CoreHarness.WORKSPACE, "pilot", SurveyRound.BASELINE);
  }

  private java.util.Map<String, StoredAnswer> progress(String member) {
    var surveys = harness.bot.context().surveys();
    String pseudonym = surveys.pseudonym().of(CoreHarness.user(member), "pilot");
    return surveys
        .answers()
        .progress(new SurveyKey(CoreHarness.WORKSPACE, "pilot", SurveyRound.BASELINE, pseudonym));
  }

  @Test
  void joiningPutsTheBaselinesFirstQuestionWithFiveLikertButtonsAndASkip() {
    Reply joined = scene.join("alice");

    assertThat(CoreHarness.text(joined.messages().getFirst())).contains("You're in *Pilot*");
    Message q = SurveyScene.question(joined);
    assertThat(CoreHarness.text(q))
        .contains("Where you are with allyship today")
        .contains("Rate each statement from 1")
        .contains("Question 1 of 7 · Pilot")
        .contains("If I saw a colleague being treated unfairly")
        .contains("reported only in groups of five or more");
    assertThat(q.buttons())
        .extracting(Button::label)
        .containsExactly(
            "1 · Strongly disagree",
            "2 · Disagree",
            "3 · Neither",
            "4 · Agree",
            "5 · Strongly agree",
            "Skip this one");
  }

  @Test
  void anAnswerShowsTheNextQuestionInPlaceAndIsKeptUnderAPseudonym() {
    Reply joined = scene.join("alice");

    Reply next = scene.press("alice", joined, "4 · Agree");

    assertThat(next.replaceOriginal()).isTrue();
    assertThat(CoreHarness.text(next))
        .contains("Question 2 of 7")
        .contains("speak up in a meeting")
        .doesNotContain("Rate each statement");
    assertThat(progress("alice")).containsEntry("confidence-intervene", StoredAnswer.likert(4));
  }

  @Test
  void aChoiceQuestionHasOneButtonPerChoice() {
    Reply reply = scene.join("alice");
    for (int i = 0; i < 6; i++) {
      reply = scene.press("alice", reply, "3 · Neither");
    }

    assertThat(CoreHarness.text(reply)).contains("Do you have at least one ally at work?");
    assertThat(SurveyScene.question(reply).buttons())
        .extracting(Button::label)
        .containsExactly("yes", "no", "unsure", "Skip this one");
    Reply done = scene.press("alice", reply, "yes");
    assertThat(CoreHarness.text(done))
        .contains("Thank you: that's *Where you are with allyship today* done.");
    assertThat(progress("alice")).containsEntry("have-an-ally", StoredAnswer.choice(0));
  }

  @Test
  void aSkippedQuestionMovesOnAndCountsInNoFigure() {
    Reply joined = scene.join("alice");

    Reply next = scene.press("alice", joined, "Skip this one");

    assertThat(CoreHarness.text(next)).contains("Question 2 of 7");
    assertThat(progress("alice")).containsEntry("confidence-intervene", StoredAnswer.SKIPPED);
  }

  @Test
  void slashSurveyShowsWhatIsPendingAndResumesWhereTheMemberLeftOff() {
    Reply joined = scene.join("alice");
    scene.press("alice", joined, "5 · Strongly agree");

    Reply pending = harness.say("alice", "survey");

    assertThat(CoreHarness.text(pending.messages().getFirst()))
        .contains("One survey is waiting for you:")
        .contains("*Where you are with allyship today* for Pilot: 1 of 7 answered");
    assertThat(CoreHarness.text(SurveyScene.question(pending)))
        .contains("Question 2 of 7")
        .contains("speak up in a meeting");
  }

  @Test
  void slashSurveyWithNothingPendingSaysSo() {
    assertThat(CoreHarness.text(harness.say("alice", "survey")))
        .isEqualTo("No surveys are waiting for you. Thank you!");
    Reply joined = scene.join("alice");
    scene.answerAll("alice", joined, "3 · Neither");

    assertThat(CoreHarness.text(harness.say("alice", "survey")))
        .isEqualTo("No surveys are waiting for you. Thank you!");
  }

  @Test
  void aDuplicateClickKeepsTheFirstAnswerAndCountsOnce() {
    Reply joined = scene.join("alice");
    Button agree = SurveyScene.button(SurveyScene.question(joined), "4 · Agree");
    Button disagree = SurveyScene.button(SurveyScene.question(joined), "2 · Disagree");

    harness.press("alice", agree.action(), agree.value());
    harness.press("alice", agree.action(), agree.value());
    Reply changed = harness.press("alice", disagree.action(), disagree.value());

    assertThat(CoreHarness.text(changed))
        .contains("You had already answered that one, so your first answer stands.")
        .contains("Question 2 of 7");
    assertThat(progress("alice")).containsEntry("confidence-intervene", StoredAnswer.likert(4));
  }

  @Test
  void outOfRangeAnswersAreRefusedAndNothingIsStored() {
    Reply joined = scene.join("alice");
    Button agree = SurveyScene.button(SurveyScene.question(joined), "4 · Agree");
    String prefix = agree.value().substring(0, agree.value().lastIndexOf('|') + 1);

    for (String answer : List.of("6", "0", "-1", "c0", "abc", "", "999")) {
      Reply refused = harness.press("alice", agree.action(), prefix + answer);

      assertThat(CoreHarness.text(refused))
          .as("answer '%s'", answer)
          .contains("That answer isn't one of this question's choices, so nothing was saved.")
          .contains("Question 1 of 7");
    }
    assertThat(progress("alice")).isEmpty();
  }

  @Test
  void aChoiceOutOfRangeIsRefused() {
    Reply reply = scene.join("alice");
    for (int i = 0; i < 6; i++) {
      reply = scene.press("alice", reply, "Skip this one");
    }
    Button yes = SurveyScene.button(SurveyScene.question(reply), "yes");
    String prefix = yes.value().substring(0, yes.value().lastIndexOf('|') + 1);

    Reply refused = harness.press("alice", yes.action(), prefix + "c3");

    assertThat(CoreHarness.text(refused)).contains("isn't one of this question's choices");
    assertThat(progress("alice")).doesNotContainKey("have-an-ally");
  }

  @Test
  void malformedButtonsAreRefusedClearly() {
    for (String value : List.of("", "pilot", "pilot|nope|q|1", "a|b|c|d|e", "|baseline||1")) {
      assertThat(CoreHarness.text(harness.press("alice", "survey.answer", value)))
          .as("value '%s'", value)
          .isEqualTo(
              "That survey button is no longer active. `/ally survey` shows what is waiting for"
                  + " you.");
    }
  }

  @Test
  void anAnswerForARoundNeverSentToTheMemberIsRefused() {
    Reply joined = scene.join("alice");
    Button agree = SurveyScene.button(SurveyScene.question(joined), "4 · Agree");

    Reply forged = harness.press("bob", agree.action(), agree.value());
    Reply otherRound =
        harness.press("alice", agree.action(), agree.value().replace("|baseline|", "|followup|"));

    assertThat(CoreHarness.text(forged)).contains("That survey wasn't sent to you");
    assertThat(CoreHarness.text(otherRound)).contains("That survey wasn't sent to you");
    assertThat(progress("alice")).isEmpty();
  }

  @Test
  void anAnswerForADeletedCampaignIsRefusedAndStoresNothing() {
    Reply joined = scene.join("alice");
    harness.say("boss", "campaign delete Pilot");

    Reply late = scene.press("alice", joined, "4 · Agree");

    assertThat(CoreHarness.text(late))
        .contains("belongs to a campaign that has been removed, so there's nothing to answer");
    assertThat(KeyScan.matching(harness.redis, "ally:*survey*")).isEmpty();
  }

  @Test
  void aQuestionNoLongerInTheSurveyResumesAtTheNextOne() {
    Reply joined = scene.join("alice");
    Button agree = SurveyScene.button(SurveyScene.question(joined), "4 · Agree");

    Reply gone =
        harness.press(
            "alice", agree.action(), agree.value().replace("|confidence-intervene|", "|old-one|"));

    assertThat(CoreHarness.text(gone))
        .contains("That question is no longer in the survey.")
        .contains("Question 1 of 7");
  }

  @Test
  void noSurveysMeansJoiningAsksNothing() {
    harness.say("boss", "campaign create Quiet --surveys none");

    Reply joined = harness.press("alice", "campaign.join", "quiet");

    assertThat(joined.messages()).hasSize(1);
    assertThat(CoreHarness.text(harness.say("alice", "survey")))
        .isEqualTo("No surveys are waiting for you. Thank you!");
  }

  @Test
  void theBaselineFiguresCountEachAnswerOnceAndShowOnlyFromFivePeople() {
    List<String> members = List.of("m1", "m2", "m3", "m4", "m5", "m6");
    for (String m : members.subList(0, 4)) {
      scene.answerAll(m, scene.join(m), "4 · Agree");
    }
    assertThat(baselineFigures().answer("confidence-intervene:n")).isZero();

    scene.answerAll("m5", scene.join("m5"), "2 · Disagree");
    scene.answerAll("m6", scene.join("m6"), "2 · Disagree");

    SurveyAnswers.Figures f = baselineFigures();
    assertThat(f.answer("confidence-intervene:n")).isEqualTo(5);
    assertThat(f.answer("confidence-intervene:sum")).isEqualTo(4 * 4 + 2);
    assertThat(f.answer("confidence-intervene:sq")).isEqualTo(4 * 16 + 4);
    assertThat(f.answer("started:n")).isEqualTo(5);
    assertThat(f.answer("completed:n")).isEqualTo(5);
  }

  @Test
  void finishingTheRoundReportsOneCompletedSurveyWithNoAnswersInIt() {
    Reply joined = scene.join("alice");
    Reply last = scene.answerAll("alice", joined, "4 · Agree");

    assertThat(harness.learned)
        .filteredOn(e -> e instanceof LearningEvent.SurveyCompleted)
        .singleElement()
        .isEqualTo(
            new LearningEvent.SurveyCompleted(
                CoreHarness.user("alice"), "pilot", "baseline", harness.clock.instant()));
    Button again = SurveyScene.button(SurveyScene.question(joined), "2 · Disagree");
    harness.press("alice", again.action(), again.value());
    assertThat(harness.learned)
        .filteredOn(e -> e instanceof LearningEvent.SurveyCompleted)
        .hasSize(1);
    assertThat(last.messages()).isNotEmpty();
  }
}
