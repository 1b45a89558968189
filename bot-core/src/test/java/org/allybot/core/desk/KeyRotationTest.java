package org.allybot.core.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

import java.util.concurrent.atomic.AtomicInteger;
import org.allybot.core.Allybot;
import org.allybot.core.CoreHarness;
import org.allybot.core.MasterKey;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.store.RedisCoreContext;
import org.allybot.core.store.RedisDeskResealing;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.UnifiedJedis;

@ExtendWith(EmbeddedRedisExtension.class)
class KeyRotationTest {
  @RegisterExtension static final PerTest<DeskScene> SCENE = DeskScene.perTest();
  private static final MasterKey NEW = MasterKey.generate();
  private final DeskScene scene;
  private String question;

  KeyRotationTest(DeskScene scene) {
    this.scene = scene;
  }

  /** Reports under the old key: one asked a question, one in escrow, notes and a trail. */
  private void reportsUnderTheOldKey() {
    scene.report("rita", "Old-key report one.", DeskForm.WHO, "@vic");
    scene.report("sam", "Old-key escrow.", DeskForm.WHO, "@zed", DeskForm.ESCROW, "yes");
    scene.say("ann", "desk pick 1");
    scene.say("ann", "desk note 1 A note under the old key");
    scene.say("ann", "desk ask 1 Anything else?");
    question = scene.dms("rita").getLast().messageId();
  }

  /** The server restarted with the new key, and the old one as ALLYBOT_SECRET_KEY_PREVIOUS. */
  private void restartWith(MasterKey current, MasterKey previous) {
    scene.bot =
        new Allybot(
            RedisCoreContext.on(scene.h.redis, current)
                .config(scene.h.bot.context().config())
                .clock(scene.h.clock)
                .curriculum(scene.h.bot.context().curriculum())
                .outbox(scene.h.outbox::add)
                .platforms(scene.h.bot.context().platforms())
                .desk(new DeskSettings(previous, 365))
                .build(),
            ScheduleSync.NONE);
  }

  private RedisDeskResealing.Outcome rotate(UnifiedJedis redis) {
    return new RedisDeskResealing(redis, new DeskSeal(NEW, CoreHarness.KEY)).run();
  }

  private void everythingReads() {
    assertThat(scene.text("ann", "desk show 1"))
        .contains("Old-key report one.")
        .contains("A note under the old key")
        .contains("Anything else?");
    assertThat(scene.text("rita", "report status")).contains("#1 · waiting for the reporter");
    assertThat(scene.text("sam", "report status")).contains("#2 · held in escrow");
  }

  @Test
  void withThePreviousKeyEverythingTheOldKeySealedStillReadsAndMatches() {
    reportsUnderTheOldKey();

    restartWith(NEW, CoreHarness.KEY);

    everythingReads();
    scene.privateReply("rita", question, "Answer after the restart.");
    assertThat(scene.text("ann", "desk show 1")).contains("Answer after the restart.");
    scene.report("tom", "New-key report naming the same person.", DeskForm.WHO, "@zed");
    assertThat(scene.lastDm("sam")).contains("Someone else has reported the same person");
  }

  @Test
  void rotationResealsEverythingSoTheOldKeyCanGoAndARerunChangesNothing() {
    reportsUnderTheOldKey();
    restartWith(NEW, CoreHarness.KEY);

    RedisDeskResealing.Outcome first = rotate(scene.h.redis);
    RedisDeskResealing.Outcome again = rotate(scene.h.redis);
    restartWith(NEW, null);

    assertThat(first.resealed()).isGreaterThanOrEqualTo(8);
    assertThat(first.unreadable()).isZero();
    assertThat(again.resealed()).isZero();
    assertThat(again.unchanged()).isEqualTo(first.resealed() + first.unchanged());
    everythingReads();
    scene.privateReply("rita", question, "Answer under the new key only.");
    assertThat(scene.text("ann", "desk show 1")).contains("Answer under the new key only.");
    scene.report("tom", "Naming the same person.", DeskForm.WHO, "@zed");
    assertThat(scene.lastDm("sam")).contains("Someone else has reported the same person");
  }

  @Test
  void anInterruptedRotationLosesNothingAndARerunFinishesIt() {
    reportsUnderTheOldKey();
    restartWith(NEW, CoreHarness.KEY);
    UnifiedJedis failing = spy(scene.h.redis);
    AtomicInteger writes = new AtomicInteger();
    doAnswer(
            call -> {
              if (writes.incrementAndGet() == 3) {
                throw new IllegalStateException("the connection dropped");
              }
              return call.callRealMethod();
            })
        .when(failing)
        .eval(anyString(), anyList(), anyList());

    assertThatThrownBy(() -> rotate(failing)).hasMessageContaining("connection dropped");
    everythingReads();

    RedisDeskResealing.Outcome rest = rotate(scene.h.redis);
    restartWith(NEW, null);

    assertThat(rest.unreadable()).isZero();
    assertThat(rest.unchanged()).isPositive();
    everythingReads();
  }

  @Test
  void withoutThePreviousKeyOldValuesDoNotOpenButStayInRedis() {
    reportsUnderTheOldKey();
    long keys = scene.h.redis.keys("*desk*").size();

    restartWith(NEW, null);

    assertThat(scene.text("ann", "desk show 1")).doesNotContain("Old-key report one.");
    assertThat(new RedisDeskResealing(scene.h.redis, new DeskSeal(NEW, null)).run().unreadable())
        .isPositive();
    assertThat(scene.h.redis.keys("*desk*")).hasSize((int) keys);
  }
}
