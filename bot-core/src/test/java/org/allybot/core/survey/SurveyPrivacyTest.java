package org.allybot.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.store.KeyScan;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Answers are paired before and after by pseudonym alone; nothing stored names the member, and
 * forget-me finds and deletes their answers by deriving the pseudonym again.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SurveyPrivacyTest {
  /** Names with a letter beyond f, so that no hex pseudonym can contain one by chance. */
  private static final List<String> MEMBERS = List.of("ana", "ben", "cai", "dov", "eve");

  private CoreHarness harness;
  private SurveyScene scene;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
    scene = new SurveyScene(harness);
    MEMBERS.forEach(m -> harness.say(m, "help"));
    scene.campaign("--end 2027-01-31");
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private SurveyAnswers.Figures figures(SurveyRound round) {
    return harness.bot.context().surveys().answers().figures(CoreHarness.WORKSPACE, "pilot", round);
  }

  /** Everyone answers the baseline with {@code before}, then the follow-up with {@code after}. */
  private void beforeAndAfter(String before, String after) {
    MEMBERS.forEach(m -> scene.answerAll(m, scene.join(m), before));
    harness.say("boss", "campaign run Pilot survey now");
    for (Delivery d : scene.queued(Delivery.Kind.SURVEY)) {
      scene.answerAll(d.userId(), Reply.of(scene.compose(d)), after);
    }
  }

  @Test
  void theSamePersonsAnswersArePairedBeforeAndAfter() {
    beforeAndAfter("2 · Disagree", "4 · Agree");

    SurveyAnswers.Figures after = figures(SurveyRound.FOLLOWUP);
    assertThat(after.pair("confidence-intervene:n")).isEqualTo(5);
    assertThat(after.pair("confidence-intervene:sum")).isEqualTo(10);
    assertThat(after.pair("confidence-intervene:sq")).isEqualTo(20);
    assertThat(after.answer("confidence-intervene:sum")).isEqualTo(20);
  }

  @Test
  void noSurveyKeyFieldOrValueNamesAMember() {
    beforeAndAfter("2 · Disagree", "4 · Agree");

    List<String> stored = new ArrayList<>();
    for (String key : KeyScan.matching(harness.redis, "ally:*survey*")) {
      stored.add(key);
      switch (harness.redis.type(key)) {
        case "hash" ->
            harness
                .redis
                .hgetAll(key)
                .forEach((f, v) -> {
                  stored.add(f);
                  stored.add(v);
                });
        case "set" -> stored.addAll(harness.redis.smembers(key));
        default -> stored.add(harness.redis.get(key));
      }
    }
    assertThat(stored).isNotEmpty();
    for (String member : MEMBERS) {
      assertThat(stored).noneMatch(s -> s.contains(member));
    }
  }

  @Test
  void forgetMeDeletesTheMembersAnswersAndTakesThemOutOfTheFigures() {
    beforeAndAfter("2 · Disagree", "4 · Agree");
    String pseudonym =
        harness.bot.context().surveys().pseudonym().of(CoreHarness.user("ana"), "pilot");
    long released = figures(SurveyRound.BASELINE).answer("confidence-intervene:n");

    harness.press("ana", "forget", "confirm");

    assertThat(KeyScan.matching(harness.redis, "ally:*" + pseudonym + "*")).isEmpty();
    for (SurveyRound round : SurveyRound.values()) {
      String sent = "ally:{shell:test}:survey:pilot:" + round.id() + ":sent";
      assertThat(harness.redis.sismember(sent, pseudonym)).isFalse();
    }
    String stats = "ally:{shell:test}:survey:pilot:baseline:stats";
    assertThat(harness.redis.hget(stats, "confidence-intervene:n")).isEqualTo("4");
    assertThat(harness.redis.hget(stats, "started:n")).isEqualTo("4");
    String pairs = "ally:{shell:test}:survey:pilot:followup:pairs";
    assertThat(harness.redis.hget(pairs, "confidence-intervene:n")).isEqualTo("4");
    assertThat(harness.redis.hget(pairs, "confidence-intervene:sum")).isEqualTo("8");
    // The released figures wait for 5 more answers, so before and after cannot be compared.
    assertThat(figures(SurveyRound.BASELINE).answer("confidence-intervene:n")).isEqualTo(released);
    assertThat(CoreHarness.text(harness.say("ana", "survey")))
        .endsWith("No surveys are waiting for you. Thank you!");
  }

  @Test
  void releasedFiguresMoveInStepsOfFivePeople() {
    List<String> more = List.of("fay", "gus", "hal", "ivy");
    MEMBERS.forEach(m -> scene.answerAll(m, scene.join(m), "4 · Agree"));
    long atFive = figures(SurveyRound.BASELINE).answer("confidence-intervene:sum");

    more.forEach(m -> scene.answerAll(m, scene.join(m), "1 · Strongly disagree"));
    long atNine = figures(SurveyRound.BASELINE).answer("confidence-intervene:sum");
    scene.answerAll("joy", scene.join("joy"), "1 · Strongly disagree");

    assertThat(atFive).isEqualTo(20);
    assertThat(atNine).isEqualTo(20);
    assertThat(figures(SurveyRound.BASELINE).answer("confidence-intervene:n")).isEqualTo(10);
    assertThat(figures(SurveyRound.BASELINE).answer("confidence-intervene:sum")).isEqualTo(25);
  }
}
