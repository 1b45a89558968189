package org.allybot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.member.Member;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class CampaignFanOutTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;
  private final CampaignFanOut fanOut;

  CampaignFanOutTest(CoreHarness harness) {
    this.harness = harness;
    this.fanOut = new CampaignFanOut(harness.bot.context());
  }

  private void member(String id, String zone) {
    harness.bot.handle(
        new CoreEvent.CommandInvoked(new Actor(CoreHarness.user(id), id, false, zone), "help", ""));
  }

  private Campaign pilot() {
    return harness.bot.context().campaigns().find(CoreHarness.WORKSPACE, "pilot").orElseThrow();
  }

  @Test
  void membersAreGroupedByZoneAndTheirOwnDeliveryTime() {
    member("tokyo", "Asia/Tokyo");
    member("berlin", "Europe/Berlin");
    member("early", "Europe/Berlin");
    harness.say("early", "time 07:00");
    harness.say("boss", "campaign create Pilot --mandatory --polls mon@09:30");

    assertThat(fanOut.slots(pilot(), OccurrenceKind.POLL))
        .contains(
            new Slot(ZoneId.of("Asia/Tokyo"), LocalTime.of(9, 30)),
            new Slot(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 30)),
            new Slot(ZoneId.of("Europe/Berlin"), LocalTime.of(7, 0)),
            new Slot(ZoneId.of("UTC"), LocalTime.of(9, 30)));
  }

  @Test
  void anOccurrenceQueuesOneDeliveryForEachEnrolledMemberOfItsSlot() {
    member("tokyo", "Asia/Tokyo");
    member("berlin", "Europe/Berlin");
    member("berlin2", "Europe/Berlin");
    harness.say("boss", "campaign create Pilot --mandatory --polls mon@09:30");
    harness.say("berlin2", "optout");
    harness.outbox.clear();
    Instant at = Instant.parse("2026-11-30T08:30:00Z");

    fanOut.fire(
        new Occurrence(
            CoreHarness.WORKSPACE,
            "pilot",
            OccurrenceKind.POLL,
            new Slot(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 30)),
            at));

    assertThat(harness.outbox).extracting(Delivery::userId).containsExactly("berlin");
    Delivery d = harness.outbox.getFirst();
    assertThat(d.kind()).isEqualTo(Delivery.Kind.POLL);
    assertThat(d.id()).isEqualTo("pilot|poll|" + at.getEpochSecond() + "|berlin");
  }

  @Test
  void aFireToEveryoneSkipsWhoeverOptedOutOfAllybotAndAnOptionalOneReachesOnlyWhoJoined() {
    member("in", "UTC");
    member("out", "UTC");
    member("joiner", "UTC");
    var members = harness.bot.context().members();
    members.save(members.find(CoreHarness.user("out")).orElseThrow().withOptedIn(false));
    harness.say("boss", "campaign create Pilot --mandatory --polls mon@09:30");
    harness.say("boss", "campaign create Club --polls mon@09:30");
    harness.bot.context().enrolment().join(CoreHarness.user("joiner"), "club");
    harness.outbox.clear();
    Slot utc = new Slot(ZoneId.of("UTC"), LocalTime.of(9, 30));
    Instant at = Instant.parse("2026-11-30T09:30:00Z");

    fanOut.fire(new Occurrence(CoreHarness.WORKSPACE, "pilot", OccurrenceKind.POLL, utc, at));
    assertThat(harness.outbox)
        .extracting(Delivery::userId)
        .containsExactlyInAnyOrder("boss", "in", "joiner");

    harness.outbox.clear();
    fanOut.fire(new Occurrence(CoreHarness.WORKSPACE, "club", OccurrenceKind.POLL, utc, at));
    assertThat(harness.outbox).extracting(Delivery::userId).containsExactly("joiner");
  }

  @Test
  void aFireToMoreMembersThanOneChunkQueuesEachMemberOfItsSlotOnce() {
    harness.say("boss", "campaign create Pilot --mandatory --polls mon@09:30");
    var members = harness.bot.context().members();
    Instant now = harness.clock.instant();
    for (int i = 0; i < 2_500; i++) {
      String zone = i % 2 == 0 ? "Asia/Tokyo" : "America/Chicago";
      members.save(
          Member.newcomer(CoreHarness.user("m" + i), "M " + i, zone, now).markIntroduced());
    }
    harness.outbox.clear();
    Slot tokyo = new Slot(ZoneId.of("Asia/Tokyo"), LocalTime.of(9, 30));

    assertThat(fanOut.slots(pilot(), OccurrenceKind.POLL)).contains(tokyo);
    fanOut.fire(
        new Occurrence(
            CoreHarness.WORKSPACE,
            "pilot",
            OccurrenceKind.POLL,
            tokyo,
            Instant.parse("2026-11-30T00:30:00Z")));

    assertThat(harness.outbox)
        .extracting(Delivery::userId)
        .hasSize(1_250)
        .doesNotHaveDuplicates()
        .allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0);
  }

  @Test
  void aDigestOccurrenceQueuesOnePostToTheDigestChannelThatRecapsTheWeek() {
    harness.say("boss", "campaign create Pilot --mandatory --digest fri@16:00 #allies");
    harness.say("alice", "help");
    var poll = harness.say("alice", "poll");
    harness.outbox.clear();

    fanOut.fire(
        new Occurrence(
            CoreHarness.WORKSPACE,
            "pilot",
            OccurrenceKind.DIGEST,
            new Slot(ZoneId.of("UTC"), LocalTime.of(16, 0)),
            Instant.parse("2026-11-27T16:00:00Z")));

    assertThat(harness.outbox)
        .singleElement()
        .satisfies(d -> {
          assertThat(d.channelId()).isEqualTo("allies");
          assertThat(d.kind()).isEqualTo(Delivery.Kind.DIGEST);
        });
    var composed =
        (org.allybot.core.delivery.Composed.Send)
            harness.bot.composer().compose(harness.outbox.getFirst());
    String digest = CoreHarness.text(composed.message());
    assertThat(digest).contains("Pilot").contains("fewer than 5");
    assertThat(poll.messages()).isNotEmpty();
  }
}
