package org.allybot.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class CommandsTest {
  @RegisterExtension static final PerTest<CoreHarness> HARNESS = CoreHarness.perTest("boss");
  private final CoreHarness harness;

  CommandsTest(CoreHarness harness) {
    this.harness = harness;
  }

  @Test
  void theFirstReplyIntroducesAllybotAndLinksThePrivacyPage() {
    String first = CoreHarness.text(harness.say("alice", "help"));
    String second = CoreHarness.text(harness.say("alice", "help"));

    assertThat(first).contains("Hi, I'm Allybot").contains("http://localhost:3000/privacy");
    assertThat(second).doesNotContain("Hi, I'm Allybot");
  }

  @Test
  void anUnknownCommandAnswersWithOneLineAndTheUsage() {
    harness.say("alice", "help");

    assertThat(CoreHarness.text(harness.say("alice", "dance")))
        .isEqualTo("I don't know `dance`.\nUsage: `/ally help`");
  }

  @Test
  void membersCannotRunAdminCommands() {
    harness.say("alice", "help");

    assertThat(CoreHarness.text(harness.say("alice", "campaign create Pilot")))
        .startsWith("Only Allybot admins can do that.");
    assertThat(harness.bot.context().campaigns().all(CoreHarness.WORKSPACE)).isEmpty();
  }

  @Test
  void helpShowsAdminCommandsOnlyToAdmins() {
    assertThat(CoreHarness.text(harness.say("alice", "help"))).doesNotContain("campaign create");
    assertThat(CoreHarness.text(harness.say("boss", "help"))).contains("campaign create");
  }

  @Test
  void anOversizedCommandIsRefusedClearly() {
    assertThat(CoreHarness.text(harness.say("alice", "x".repeat(5000))))
        .contains("too long (5,000 characters");
  }

  @Test
  void pauseAcceptsDurationsAndDatesAndRejectsNonsense() {
    harness.say("alice", "help");

    assertThat(CoreHarness.text(harness.say("alice", "pause 2w")))
        .isEqualTo("Paused. Nothing arrives until December 7, 2026. `/ally optin` resumes sooner.");
    assertThat(CoreHarness.text(harness.say("alice", "pause until 2027-01-10")))
        .contains("until January 10, 2027");
    assertThat(CoreHarness.text(harness.say("alice", "pause forever")))
        .startsWith("How long a pause?");
    assertThat(CoreHarness.text(harness.say("alice", "pause until 2020-01-01")))
        .startsWith("A pause ends after today");
  }

  @Test
  void timeSetsThePreferredDeliveryTime() {
    harness.say("alice", "help");

    assertThat(CoreHarness.text(harness.say("alice", "time 07:45")))
        .contains("arrive at 7:45 AM (UTC)");
    assertThat(
            harness
                .bot
                .context()
                .members()
                .find(CoreHarness.user("alice"))
                .orElseThrow()
                .deliveryTime())
        .hasToString("07:45");
    assertThat(CoreHarness.text(harness.say("alice", "time 25:00")))
        .startsWith("I need a 24-hour time");
  }

  @Test
  void adminsCanBeAddedListedAndRemovedAndEveryChangeIsAudited() {
    assertThat(CoreHarness.text(harness.say("boss", "admin add <@U777|kim>")))
        .contains("<@U777> is now an Allybot admin.");
    assertThat(CoreHarness.text(harness.say("boss", "admin list")))
        .contains("Admins added here: <@U777>");
    assertThat(CoreHarness.text(harness.say("U777", "campaign list"))).contains("No campaigns yet");
    harness.say("boss", "admin remove @U777");

    assertThat(CoreHarness.text(harness.say("U777", "campaign list")))
        .startsWith("Only Allybot admins");
    assertThat(CoreHarness.text(harness.say("boss", "admin audit")))
        .contains("<@boss> admin.remove <@U777>")
        .contains("<@boss> admin.add <@U777>");
  }
}
