package org.allybot.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class LessonCommitmentTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest();
  private final CoreHarness harness;

  LessonCommitmentTest(CoreHarness harness) {
    this.harness = harness;
  }

  @Test
  void pressingIllTryThisNamesTheCheckInDayAWeekAhead() {
    Reply lesson = harness.say("alice", "lesson");
    Button tryIt =
        lesson.messages().getLast().buttons().stream()
            .filter(b -> b.label().equals("I'll try this"))
            .findFirst()
            .orElseThrow();

    Reply noted = harness.press("alice", tryIt.action(), tryIt.value());

    assertThat(CoreHarness.text(noted))
        .startsWith("Noted: you'll try")
        .contains("November 30, 2026");
  }
}
