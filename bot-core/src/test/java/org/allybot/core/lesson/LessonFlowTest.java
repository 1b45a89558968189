package org.allybot.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class LessonFlowTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;

  LessonFlowTest(CoreHarness harness) {
    this.harness = harness;
  }

  private Button button(Reply lesson, String label) {
    return lesson.messages().getLast().buttons().stream()
        .filter(b -> b.label().equals(label))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aLessonEndsWithItsFourButtons() {
    Reply lesson = harness.say("alice", "lesson");

    assertThat(lesson.messages().getLast().buttons())
        .extracting(Button::label)
        .containsExactly("Got it", "Tell me more", "Not for me", "I'll try this");
    assertThat(CoreHarness.text(lesson)).contains("Try this week:");
  }

  @Test
  void tellMeMoreShowsTheGoDeeperText() {
    Reply lesson = harness.say("alice", "lesson");
    Button more = button(lesson, "Tell me more");
    String lessonId = more.value().split("\\|")[1];

    Reply deeper = harness.press("alice", more.action(), more.value());

    assertThat(CoreHarness.text(deeper))
        .contains(harness.bot.context().curriculum().lesson(lessonId).orElseThrow().deeper());
    assertThat(harness.bot.context().lessons().responseOf(CoreHarness.user("alice"), lessonId))
        .contains("more");
  }

  @Test
  void aCommitmentIsCheckedInOnSevenDaysLaterAndTriedCountsInStats() {
    Button tryIt = button(harness.say("alice", "lesson"), "I'll try this");
    assertThat(CoreHarness.text(harness.press("alice", tryIt.action(), tryIt.value())))
        .startsWith("Noted: you'll try")
        .endsWith("I'll check in on November 30, 2026 to ask how it went.");

    harness.clock.advance(Duration.ofDays(6));
    assertThat(harness.bot.sendDueCheckIns()).isZero();
    harness.clock.advance(Duration.ofDays(1));
    assertThat(harness.bot.sendDueCheckIns()).isEqualTo(1);

    Delivery checkIn = harness.outbox.getLast();
    assertThat(checkIn.kind()).isEqualTo(Delivery.Kind.CHECK_IN);
    var message = harness.bot.composer().compose(checkIn);
    var send = (org.allybot.core.delivery.Composed.Send) message;
    Button tried = send.message().buttons().getFirst();
    assertThat(tried.label()).isEqualTo("I tried it");
    harness.press("alice", tried.action(), tried.value());

    assertThat(CoreHarness.text(harness.say("alice", "stats")))
        .contains("Commitments tried: 1")
        .contains("Lessons read: 1");
  }
}
