package org.allybot.core.nudge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.allybot.core.CoreHarness;
import org.allybot.core.RedisContents;
import org.allybot.testkit.CapturedLog;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * Message text is never stored or logged: a unique word planted in every message, through every
 * flow (a nudge, no nudge, the rate limit, an opt-out, the buttons, the counts, a failure), is in
 * no Redis key or value and no log line afterwards, and no member id is in a nudge key.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class NudgePrivacyTest {
  private static final String PLANTED = "Zorbleflux" + System.nanoTime();

  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final NudgeScene scene;

  NudgePrivacyTest(CoreHarness harness) {
    this.harness = harness;
    this.scene = new NudgeScene(harness);
  }

  @Test
  void noMessageTextOrAuthorIdIsStoredOrLoggedEvenOnError() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level before = root.getLevel();
    root.setLevel(Level.TRACE);
    try (CapturedLog log = CapturedLog.start()) {
      scene.switchedOn();
      harness.say("boss", "nudges on #C-broken");
      for (String author : new String[] {"member-aa", "member-bb", "member-cc"}) {
        scene.post(author, "hey guys, " + PLANTED + " is crazy");
        scene.post(author, PLANTED + " again, guys");
        scene.post(author, "> guys " + PLANTED);
        harness.press(author, "nudge.thanks", "guys");
        scene.post(author, "C-broken", "guys " + PLANTED);
      }
      harness.press("member-cc", "nudge.stop", "guys");
      scene.post("member-cc", "guys " + PLANTED);
      harness.say("boss", "nudges stats");

      String redis = RedisContents.dump(harness.redis);
      assertThat(redis).contains("nudge:week").doesNotContain(PLANTED.toLowerCase());
      assertThat(redis.toLowerCase()).doesNotContain(PLANTED.toLowerCase());
      assertThat(redis.lines().filter(l -> l.contains(":nudge:")))
          .isNotEmpty()
          .noneMatch(l -> l.contains("member-"));
      assertThat(log.warnings("Nudge check failed")).as("the failure path ran").isNotEmpty();
      assertThat(log.text()).doesNotContainIgnoringCase(PLANTED);
    } finally {
      root.setLevel(before);
    }
  }
}
