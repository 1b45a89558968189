package org.allybot.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.practice.Weeks;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A batch of deliveries composed together gives each member what composing alone would. */
@ExtendWith(EmbeddedRedisExtension.class)
final class BatchComposingTest {
  private static final Map<String, String> PILOT = Map.of("campaign", "pilot");

  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final DeliveryComposer composer;

  BatchComposingTest(CoreHarness harness) {
    this.harness = harness;
    this.composer = harness.bot.composer();
  }

  private static Delivery poll(String id, String userId) {
    return Delivery.toMember(id, CoreHarness.WORKSPACE, userId, Delivery.Kind.POLL, PILOT);
  }

  private static String text(Composed composed) {
    assertThat(composed).isInstanceOf(Composed.Send.class);
    return CoreHarness.text(((Composed.Send) composed).message());
  }

  @Test
  void theOptedOutThePausedAndTheGoneAreSkippedAndTheOthersGetTheirPoll() {
    for (String who : List.of("alice", "bob", "carol", "dan")) {
      harness.say(who, "help");
    }
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.say("bob", "pause 1w");
    harness.say("carol", "optout");
    harness.bot.context().enrolment().optOut(CoreHarness.user("dan"), "pilot");

    List<Composed> composed =
        composer.composeAll(
            List.of(
                poll("1", "alice"),
                poll("2", "bob"),
                poll("3", "carol"),
                poll("4", "gone"),
                poll("5", "dan")));

    assertThat(text(composed.get(0))).contains("What would you do?");
    assertThat(composed.subList(1, 5))
        .containsExactly(
            new Composed.Skip("member paused"),
            new Composed.Skip("member opted out"),
            new Composed.Skip("member left or forgot their data"),
            new Composed.Skip("nothing to send"));
  }

  @Test
  void twoPollsToOneMemberInOneBatchAreTwoScenariosAndTheIntroductionComesOnce() {
    harness.bot.context().members().save(newcomer("alice"));
    harness.say("boss", "campaign create Pilot --mandatory");

    List<Composed> composed = composer.composeAll(List.of(poll("1", "alice"), poll("2", "alice")));

    String first = text(composed.get(0));
    String second = text(composed.get(1));
    assertThat(first).contains("Hi, I'm Allybot");
    assertThat(second).doesNotContain("Hi, I'm Allybot");
    assertThat(title(first)).isNotEqualTo(title(second));
  }

  @Test
  void membersSharingAScenarioGetTheSamePollAndTheWeekRecordsItOnce() {
    for (String who : List.of("alice", "bob", "carol")) {
      harness.say(who, "help");
    }
    harness.say("boss", "campaign create Pilot --mandatory");

    List<Composed> composed =
        composer.composeAll(List.of(poll("1", "alice"), poll("2", "bob"), poll("3", "carol")));

    assertThat(composed)
        .extracting(BatchComposingTest::text)
        .containsOnly(text(composed.getFirst()))
        .allSatisfy(poll -> assertThat(poll).contains("What would you do?"));
    String week = Weeks.of(harness.bot.context().today());
    assertThat(harness.bot.context().weeks().read(CoreHarness.WORKSPACE, "pilot", week).polls())
        .hasSize(1);
  }

  @Test
  void aPausedCampaignSendsNothingAndADeletedOneSaysSo() {
    harness.say("alice", "help");
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.say("boss", "campaign pause Pilot");
    Delivery lesson =
        Delivery.toMember("2", CoreHarness.WORKSPACE, "alice", Delivery.Kind.LESSON, PILOT);

    assertThat(composer.composeAll(List.of(poll("1", "alice"), lesson)))
        .containsOnly(new Composed.Skip("nothing to send"));
    harness.say("boss", "campaign delete Pilot");
    assertThat(composer.composeAll(List.of(poll("1", "alice"), lesson)))
        .containsOnly(new Composed.Skip("campaign deleted or paused"));
  }

  @Test
  void aBatchMixingKindsComposesEachAsAlone() {
    harness.say("alice", "help");
    harness.say("bob", "help");
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.clock.advance(Duration.ofMinutes(1));
    Delivery lesson =
        Delivery.toMember("2", CoreHarness.WORKSPACE, "bob", Delivery.Kind.LESSON, PILOT);
    Delivery notice =
        Delivery.toMember(
            "3", CoreHarness.WORKSPACE, "bob", Delivery.Kind.NOTICE, Map.of("text", "Hello"));

    List<Composed> composed = composer.composeAll(List.of(poll("1", "alice"), lesson, notice));

    assertThat(text(composed.get(0))).contains("What would you do?");
    assertThat(text(composed.get(1))).doesNotContain("What would you do?").isNotBlank();
    assertThat(text(composed.get(2))).isEqualTo("Hello");
  }

  private org.allybot.core.member.Member newcomer(String id) {
    return org.allybot.core.member.Member.newcomer(
        CoreHarness.user(id), id, "", harness.clock.instant());
  }

  /** The poll's first line: its header, which names the scenario. */
  private static String title(String poll) {
    return poll.lines().filter(l -> l.contains("What would you do?")).findFirst().orElseThrow();
  }
}
