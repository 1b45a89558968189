package org.allybot.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.content.Lesson;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A lesson's recall question comes back a week later, and again later if it was forgotten. */
@ExtendWith(EmbeddedRedisExtension.class)
class RecallFlowTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;

  RecallFlowTest(CoreHarness harness) {
    this.harness = harness;
  }

  private Lesson lessonOf(Reply reply) {
    String value = reply.messages().getLast().buttons().getFirst().value();
    return harness.bot.context().curriculum().lesson(value.split("\\|")[1]).orElseThrow();
  }

  private Button button(Reply reply, String label) {
    return reply.messages().getLast().buttons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aWeekAfterALessonItsRecallQuestionComesInsteadOfANewLesson() {
    Lesson read = lessonOf(harness.say("alice", "lesson"));
    harness.clock.advance(Duration.ofDays(6));
    assertThat(CoreHarness.text(harness.say("alice", "lesson"))).doesNotContain("Quick recall");

    harness.clock.advance(Duration.ofDays(2));
    Reply recall = harness.say("alice", "lesson");

    assertThat(CoreHarness.text(recall))
        .contains("Quick recall")
        .contains(read.recall().question())
        .doesNotContain(read.recall().answer());
    Button show = button(recall, "Show the answer");
    assertThat(CoreHarness.text(harness.press("alice", show.action(), show.value())))
        .contains(read.recall().answer())
        .contains("Did you remember it?");
  }

  @Test
  void aForgottenAnswerComesBackLaterAndARememberedOneDoesNot() {
    Lesson read = lessonOf(harness.say("alice", "lesson"));
    harness.clock.advance(Duration.ofDays(8));
    Reply recall = harness.say("alice", "lesson");
    Button show = button(recall, "Show the answer");
    Reply answer = harness.press("alice", show.action(), show.value());
    Button forgot = button(answer, "Not quite");

    assertThat(CoreHarness.text(harness.press("alice", forgot.action(), forgot.value())))
        .contains("I'll bring this one back later");
    harness.clock.advance(Duration.ofDays(8));
    Reply again = harness.say("alice", "lesson");
    assertThat(CoreHarness.text(again)).contains(read.recall().question());

    Reply secondAnswer = harness.press("alice", show.action(), show.value());
    Button remembered = button(secondAnswer, "I remembered");
    assertThat(CoreHarness.text(harness.press("alice", remembered.action(), remembered.value())))
        .contains("That one is sticking");
    harness.clock.advance(Duration.ofDays(90));
    assertThat(CoreHarness.text(harness.say("alice", "lesson")))
        .doesNotContain(read.recall().question());
  }

  @Test
  void aRecallButtonForALessonThatIsGoneSaysWhatToDoNext() {
    assertThat(
            CoreHarness.text(harness.press("alice", RecallMessages.SHOW, "pilot|no-such-lesson")))
        .isEqualTo("That question is no longer available. `/ally lesson` has a new lesson.");
    assertThat(CoreHarness.text(harness.press("alice", RecallMessages.SHOW, "garbled")))
        .startsWith("That question is no longer available.");
  }
}
