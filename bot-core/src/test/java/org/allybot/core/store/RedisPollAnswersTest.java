package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.poll.PollAnswers;
import org.junit.jupiter.api.Test;

@FreshRedis.Each
final class RedisPollAnswersTest {
  private static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, "T1");
  private static final UserRef ANA = new UserRef(WS, "U1");
  private static final UserRef BEN = new UserRef(WS, "U2");
  private static final UserRef CAM = new UserRef(WS, "U3");
  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private final TestRedis redis;
  private final PollAnswers answers;

  RedisPollAnswersTest(TestRedis redis) {
    this.redis = redis;
    this.answers = new RedisPollAnswers(redis.client());
  }

  @Test
  void recordingReturnsTheReplacedAnswerAndTheCountsWithTheNewOne() {
    PollAnswers.Recorded first = answers.record(ANA, "s1/opening", "a", NOW);
    answers.record(BEN, "s1/opening", "a", NOW);

    PollAnswers.Recorded changed = answers.record(ANA, "s1/opening", "b", NOW);

    assertThat(first.previous()).isEmpty();
    assertThat(first.distribution()).isEqualTo(Map.of("a", 1L));
    assertThat(changed.previous()).contains("a");
    assertThat(changed.distribution())
        .isEqualTo(Map.of("a", 1L, "b", 1L))
        .isEqualTo(answers.distribution(BEN, "s1/opening"));
    assertThat(answers.answerOf(ANA, "s1/opening")).contains("b");
  }

  @Test
  void recordingIndexesTheAnswerByTimeForTheRetentionJob() {
    answers.record(ANA, "s1/opening", "a", NOW);

    int purged = new RedisDataEraser(redis.client()).purgeBefore(NOW.plusSeconds(1));

    assertThat(purged).isEqualTo(1);
    assertThat(answers.answerOf(ANA, "s1/opening")).isEmpty();
  }

  @Test
  void recordingStillWorksAfterRedisForgetsItsScripts() {
    answers.record(ANA, "s1/opening", "a", NOW);
    redis.client().scriptFlush();

    PollAnswers.Recorded again = answers.record(ANA, "s1/opening", "c", NOW);

    assertThat(again.previous()).contains("a");
    assertThat(again.distribution()).isEqualTo(Map.of("c", 1L));
  }

  @Test
  void runningCountsMatchTheAnswersThroughChangesAndRepeatedClicks() {
    answers.record(ANA, "s1/opening", "a", NOW);
    answers.record(BEN, "s1/opening", "a", NOW);
    answers.record(CAM, "s1/opening", "b", NOW);
    answers.record(ANA, "s1/opening", "a", NOW);
    answers.record(BEN, "s1/opening", "c", NOW);

    PollAnswers.Recorded last = answers.record(CAM, "s1/opening", "c", NOW);

    assertThat(last.distribution())
        .isEqualTo(Map.of("a", 1L, "c", 2L))
        .isEqualTo(answers.distribution(ANA, "s1/opening"));
  }

  @Test
  void countsLeaveOutAnswersThatForgetMeRemoved() {
    answers.record(ANA, "s1/opening", "a", NOW);
    answers.record(BEN, "s1/opening", "b", NOW);

    new RedisDataEraser(redis.client()).forget(ANA);
    PollAnswers.Recorded next = answers.record(CAM, "s1/opening", "b", NOW);

    assertThat(next.distribution()).isEqualTo(Map.of("b", 2L));
  }

  @Test
  void countsLeaveOutAnswersThatRetentionPurged() {
    answers.record(ANA, "s1/opening", "a", NOW);
    answers.record(BEN, "s1/opening", "b", NOW.plusSeconds(60));

    new RedisDataEraser(redis.client()).purgeBefore(NOW.plusSeconds(1));
    PollAnswers.Recorded next = answers.record(CAM, "s1/opening", "b", NOW.plusSeconds(60));

    assertThat(next.distribution()).isEqualTo(Map.of("b", 2L));
  }
}
