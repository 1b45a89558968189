package org.allybot.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import org.allybot.content.Role;
import org.allybot.content.Sense;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.message.Button;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class CampaignCommandsTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  CampaignCommandsTest(CoreHarness harness) {
    this.harness = harness;
  }

  private Campaign pilot() {
    return harness.bot.context().campaigns().find(CoreHarness.WORKSPACE, "pilot").orElseThrow();
  }

  @Test
  void aNameAloneMakesAWorkingOptionalCampaignWithDefaults() {
    harness.say("alice", "help");

    String reply = CoreHarness.text(harness.say("boss", "campaign create Pilot"));

    assertThat(reply)
        .contains("Campaign *Pilot* created.")
        .contains("Invitations to join are on their way to 2 member(s).");
    Campaign c = pilot();
    assertThat(c.polls().days())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    assertThat(c.lessons().days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
    assertThat(c.mandatory()).isFalse();
    assertThat(harness.outbox).extracting(Delivery::kind).containsOnly(Delivery.Kind.INVITE);
  }

  @Test
  void everyOptionIsParsedIncludingSlackMentions() {
    harness.say(
        "boss",
        "campaign create \"Leaders 2027\" --audience <@U1|a>,<@U2|b> --senses act,listen --topics pronouns,meetings --level practised"
            + " --polls tue@10:15 --lessons none --digest fri@16:30 <#C9|allies> --start 2026-12-01 --end 2027-03-01 --mandatory");

    Campaign c =
        harness.bot.context().campaigns().find(CoreHarness.WORKSPACE, "leaders-2027").orElseThrow();
    assertThat(c.audience()).isEqualTo(new Audience.Users(java.util.List.of("U1", "U2")));
    assertThat(c.track().senses()).containsExactly(Sense.ACT, Sense.LISTEN);
    assertThat(c.track().topics()).containsExactly("pronouns", "meetings");
    assertThat(c.polls())
        .isEqualTo(new Cadence(Set.of(DayOfWeek.TUESDAY), java.time.LocalTime.of(10, 15)));
    assertThat(c.lessons().isEmpty()).isTrue();
    assertThat(c.digestChannel()).isEqualTo("C9");
    assertThat(c.digestTime()).hasToString("16:30");
    assertThat(c.mandatory()).isTrue();
    assertThat(harness.outbox).extracting(Delivery::kind).containsOnly(Delivery.Kind.WELCOME);
  }

  @Test
  void badOptionsGetOneClearLineAndTheUsage() {
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --senses courage")))
        .startsWith("'courage' is not a sense.")
        .contains("Usage: `/ally campaign create NAME");
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --polls someday@09:00")))
        .startsWith("--polls: 'someday' is not a weekday.");
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --polls mon@9pm")))
        .startsWith("--polls: '9pm' is not a time.");
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --colour blue")))
        .startsWith("I don't know the option --colour.");
    assertThat(
            CoreHarness.text(
                harness.say("boss", "campaign create X --start 2027-01-01 --end 2026-01-01")))
        .startsWith("The end date 2026-01-01 is before");
    assertThat(CoreHarness.text(harness.say("boss", "campaign create")))
        .startsWith("Please name the campaign.");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void aRoleTrackIsKeptShownAndCanBeCleared() {
    harness.say("boss", "campaign create Pilot --track managers,leaders");

    assertThat(pilot().track().roles()).containsExactly(Role.MANAGERS, Role.LEADERS);
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Pilot")))
        .contains("all levels; for managers, leaders");
    harness.say("boss", "campaign edit Pilot --track all");
    assertThat(pilot().track().roles()).isEmpty();
  }

  @Test
  void anUnknownTrackIsNamedWithTheKnownOnes() {
    assertThat(CoreHarness.text(harness.say("boss", "campaign create X --track interns")))
        .startsWith(
            "'interns' is not a track. Use everyone, managers, leaders, hr-erg or desk-allies,"
                + " or all.")
        .contains("Usage: `/ally campaign create NAME");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void aMissingCampaignIsNamedAndTheListIsSuggested() {
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Nope")))
        .startsWith("There is no campaign called \"Nope\". `/ally campaign list` shows them.");
  }

  @Test
  void listShowPauseResumeEditAndDeleteWorkAndAreAudited() {
    harness.say("boss", "campaign create Pilot");
    harness.say("boss", "campaign pause Pilot");
    assertThat(CoreHarness.text(harness.say("boss", "campaign list"))).contains("*Pilot*: paused");
    harness.say("boss", "campaign resume Pilot");
    harness.say("boss", "campaign edit Pilot --polls thu@11:00");
    assertThat(CoreHarness.text(harness.say("boss", "campaign show Pilot")))
        .contains("Polls: Thu at 11:00")
        .contains("(running)");
    harness.say("boss", "campaign delete Pilot");

    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
    assertThat(harness.bot.context().audit().recent(CoreHarness.WORKSPACE, 10))
        .extracting(e -> e.action())
        .containsExactly(
            "campaign.delete",
            "campaign.edit",
            "campaign.resume",
            "campaign.pause",
            "campaign.create");
  }

  @Test
  void runNowSendsTheNextItemToThoseWhoJoined() {
    harness.say("alice", "help");
    harness.say("bob", "help");
    harness.say("boss", "campaign create Pilot");
    Delivery invite =
        harness.outbox.stream().filter(d -> d.userId().equals("alice")).findFirst().orElseThrow();
    Button join =
        ((Composed.Send) harness.bot.composer().compose(invite)).message().buttons().getFirst();
    assertThat(CoreHarness.text(harness.press("alice", join.action(), join.value())))
        .contains("You're in *Pilot*");
    harness.outbox.clear();

    assertThat(CoreHarness.text(harness.say("boss", "campaign run Pilot now")))
        .contains("to 1 member(s) now");

    assertThat(harness.outbox)
        .singleElement()
        .satisfies(d -> assertThat(d.userId()).isEqualTo("alice"));
    Composed composed = harness.bot.composer().compose(harness.outbox.getFirst());
    assertThat(composed).isInstanceOf(Composed.Send.class);
  }

  @Test
  void runNowOfAMandatoryCampaignSkipsThoseWhoOptedOut() {
    harness.say("alice", "help");
    harness.say("bob", "help");
    harness.say("boss", "campaign create Pilot --mandatory");
    harness.bot.context().enrolment().optOut(CoreHarness.user("bob"), "pilot");
    harness.outbox.clear();

    assertThat(CoreHarness.text(harness.say("boss", "campaign run Pilot now")))
        .contains("to 2 member(s) now");

    assertThat(harness.outbox).extracting(Delivery::userId).containsOnly("alice", "boss");
  }
}
