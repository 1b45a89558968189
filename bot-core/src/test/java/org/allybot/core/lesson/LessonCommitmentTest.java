package org.allybot.core.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.core.CoreHarness;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedRedisExtension.class)
class LessonCommitmentTest {
  private CoreHarness harness;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis);
  }

  @AfterEach
  void stop() {
    harness.close();
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

    assertThat(CoreHarness.text(noted)).startsWith("Noted: you'll try").contains("2026-11-30");
  }
}
