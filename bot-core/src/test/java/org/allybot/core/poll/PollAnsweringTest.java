package org.allybot.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.content.Scenario;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class PollAnsweringTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;

  PollAnsweringTest(CoreHarness harness) {
    this.harness = harness;
  }

  private Button firstOption(Reply poll) {
    return poll.messages().getLast().buttons().getFirst();
  }

  @Test
  void aPollShowsTheSituationAndItsOptionsAsButtons() {
    Reply poll = harness.say("alice", "poll");

    String text = CoreHarness.text(poll);
    assertThat(text).contains("What would you do?").contains("[1]").contains("[3]");
    assertThat(poll.messages().getLast().buttons())
        .allSatisfy(b -> assertThat(b.action()).isEqualTo(PollMessages.ANSWER));
  }

  @Test
  void answeringShowsFeedbackTakeawayAndHidesResultsBelowFive() {
    Button option = firstOption(harness.say("alice", "poll"));

    Reply feedback = harness.press("alice", option.action(), option.value());

    assertThat(feedback.replaceOriginal()).isTrue();
    String text = CoreHarness.text(feedback.messages().getFirst());
    assertThat(text)
        .contains("*You chose:* " + option.label())
        .contains("Takeaway:")
        .contains("not enough responses yet")
        .contains(option.label() + " ✓");
  }

  @Test
  void answeringTwiceKeepsOneVote() {
    Reply poll = harness.say("alice", "poll");
    Button first = poll.messages().getLast().buttons().get(0);
    Button second = poll.messages().getLast().buttons().get(1);

    harness.press("alice", first.action(), first.value());
    harness.press("alice", second.action(), second.value());
    harness.press("alice", second.action(), second.value());

    PollChoice choice = PollChoice.decode(second.value()).orElseThrow();
    assertThat(
            harness
                .bot
                .context()
                .answers()
                .distribution(CoreHarness.user("alice"), choice.pollKey()))
        .containsExactly(java.util.Map.entry(choice.optionId(), 1L));
  }

  @Test
  void percentagesAppearOnceFiveMembersAnswered() {
    Button option = firstOption(harness.say("alice", "poll"));
    for (String who : new String[] {"bo", "cy", "di"}) {
      harness.press(who, option.action(), option.value());
    }
    assertThat(CoreHarness.text(harness.press("alice", option.action(), option.value())))
        .contains("not enough responses");

    Reply fifth = harness.press("ed", option.action(), option.value());

    assertThat(CoreHarness.text(fifth))
        .contains("How others answered* (5 answers)")
        .contains(option.label() + ": 100%");
  }

  @Test
  void anOptionWithAFollowUpSendsTheNextStepRightAfterTheFeedback() {
    Scenario branching =
        harness.bot.context().curriculum().scenarios().stream()
            .filter(Scenario::isBranching)
            .findFirst()
            .orElseThrow();
    var option =
        branching.opening().options().stream().filter(o -> o.hasNext()).findFirst().orElseThrow();
    String value = new PollChoice("", branching.id(), Scenario.OPENING, option.id()).encode();

    Reply reply = harness.press("alice", PollMessages.ANSWER, value);

    assertThat(reply.messages()).hasSize(2);
    String followUp = CoreHarness.text(reply.messages().get(1));
    assertThat(followUp).contains(branching.step(option.next()).orElseThrow().situation());
    assertThat(reply.messages().get(1).buttons())
        .allSatisfy(b -> assertThat(b.value()).contains("|" + option.next() + "|"));
  }

  @Test
  void aTamperedOrStaleButtonValueGetsAPoliteAnswer() {
    Reply reply = harness.press("alice", PollMessages.ANSWER, "x|no-such-scenario|start|a");

    assertThat(CoreHarness.text(reply)).contains("no longer available");
  }

  @Test
  void aRiskyAnswerBringsTheScenarioBackLaterForPractice() {
    Scenario scenario = harness.bot.context().curriculum().scenarios().getFirst();
    var risky =
        scenario.opening().options().stream()
            .filter(o -> o.verdict() == org.allybot.content.Verdict.RISKY)
            .findFirst()
            .orElseThrow();
    harness.press(
        "alice",
        PollMessages.ANSWER,
        new PollChoice("", scenario.id(), Scenario.OPENING, risky.id()).encode());

    harness.clock.advance(java.time.Duration.ofDays(4));
    Reply later = harness.say("alice", "poll");

    assertThat(CoreHarness.text(later)).contains(scenario.title());
  }
}
