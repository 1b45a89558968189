package org.allybot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.allybot.content.Sense;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.poll.PollAnswers;
import org.allybot.core.poll.PollTally;
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
    PollAnswers.Recorded first = answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(BEN, "s1/opening", "a", NOW, PollTally.NONE);

    PollAnswers.Recorded changed = answers.record(ANA, "s1/opening", "b", NOW, PollTally.NONE);

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
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);

    int purged = new RedisDataEraser(redis.client()).purgeBefore(NOW.plusSeconds(1));

    assertThat(purged).isEqualTo(1);
    assertThat(answers.answerOf(ANA, "s1/opening")).isEmpty();
  }

  @Test
  void recordingStillWorksAfterRedisForgetsItsScripts() {
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    redis.client().scriptFlush();

    PollAnswers.Recorded again = answers.record(ANA, "s1/opening", "c", NOW, PollTally.NONE);

    assertThat(again.previous()).contains("a");
    assertThat(again.distribution()).isEqualTo(Map.of("c", 1L));
  }

  @Test
  void runningCountsMatchTheAnswersThroughChangesAndRepeatedClicks() {
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(BEN, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(CAM, "s1/opening", "b", NOW, PollTally.NONE);
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(BEN, "s1/opening", "c", NOW, PollTally.NONE);

    PollAnswers.Recorded last = answers.record(CAM, "s1/opening", "c", NOW, PollTally.NONE);

    assertThat(last.distribution())
        .isEqualTo(Map.of("a", 1L, "c", 2L))
        .isEqualTo(answers.distribution(ANA, "s1/opening"));
  }

  @Test
  void countsLeaveOutAnswersThatForgetMeRemoved() {
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(BEN, "s1/opening", "b", NOW, PollTally.NONE);

    new RedisDataEraser(redis.client()).forget(ANA);
    PollAnswers.Recorded next = answers.record(CAM, "s1/opening", "b", NOW, PollTally.NONE);

    assertThat(next.distribution()).isEqualTo(Map.of("b", 2L));
  }

  @Test
  void countsLeaveOutAnswersThatRetentionPurged() {
    answers.record(ANA, "s1/opening", "a", NOW, PollTally.NONE);
    answers.record(BEN, "s1/opening", "b", NOW.plusSeconds(60), PollTally.NONE);

    new RedisDataEraser(redis.client()).purgeBefore(NOW.plusSeconds(1));
    PollAnswers.Recorded next =
        answers.record(CAM, "s1/opening", "b", NOW.plusSeconds(60), PollTally.NONE);

    assertThat(next.distribution()).isEqualTo(Map.of("b", 2L));
  }

  @Test
  void anAnswerInACampaignMovesTheCampaignsCountersInTheSameScript() {
    PollTally pilot = new PollTally("pilot", "2026-W48", Set.of(Sense.ACT, Sense.SPEAK));
    answers.record(ANA, "s1/opening", "a", NOW, pilot);
    answers.record(BEN, "s1/opening", "a", NOW, pilot);
    answers.record(ANA, "s1/opening", "a", NOW, pilot);
    answers.record(BEN, "s1/opening", "b", NOW, pilot);
    answers.record(CAM, "s1/opening", "b", NOW, PollTally.NONE);

    assertThat(new RedisCampaignTally(redis.client()).read(WS, "pilot"))
        .isEqualTo(
            Map.of(
                "polls", 2L,
                "polls@2026-W48", 2L,
                "sense:act", 2L,
                "sense:speak", 2L,
                "opt:s1/opening:a", 1L,
                "opt:s1/opening:b", 1L));
  }
}
