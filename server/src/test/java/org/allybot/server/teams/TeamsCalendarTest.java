package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The programme calendar in Teams: the command, the invitation card, answers, the card form. */
class TeamsCalendarTest {
  @TempDir Path data;
  ServedTeams teams;
  final FakeMember member = FakeMember.numbered(501);

  @BeforeEach
  void start() throws Exception {
    teams = new ServedTeams(data);
    teams.send(teams.activities.personalInstallation(ServedTeams.ADMIN, "add"));
    teams.send(teams.activities.personalInstallation(member, "add"));
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  private static String inTenDays() {
    return Instant.now()
        .plus(Duration.ofDays(10))
        .atZone(ZoneId.of("America/New_York"))
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  @Test
  void theMemberGetsAnInvitationCardAndGoingIsAnsweredOnTheCard() throws Exception {
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "event create Listening circle --at "
                + inTenDays()
                + " --tz America/New_York --kind circle --audience @"
                + member.aadObjectId()));
    assertThat(SentCards.text(teams.lastCard(ServedTeams.ADMIN)))
        .contains("Created **Listening circle**")
        .contains("Times are in America/New_York, as you asked.");

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            SentCards.text(teams.lastCard(member))
                .contains("You're invited to a listening circle"));
    JsonNode invitation = teams.lastCard(member);
    assertThat(invitation.toString()).contains("/calendar/event.ics?w=teams");
    JsonNode going = SentCards.actionData(invitation, "Going");
    assertThat(going.toString()).contains("calendar.rsvp").contains("listening-circle|going");

    String answered = teams.send(teams.activities.execute(member, going)).body();
    assertThat(answered).contains("You're going. I'll remind you a day and an hour before.");

    teams.send(teams.activities.personalMessage(member, "event list"));
    assertThat(SentCards.text(teams.lastCard(member)))
        .contains("**Listening circle** (listening circle)")
        .contains("Going 1");
  }

  @Test
  void theFormIsACardWhoseMistakesComeBackBesideTheirFields() throws Exception {
    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "event form"));
    JsonNode form = teams.lastCard(ServedTeams.ADMIN);
    assertThat(form.toString()).contains("\"id\":\"at\"").contains("\"id\":\"capacity\"");

    ObjectNode values = (ObjectNode) SentCards.actionData(form, "Create").deepCopy();
    values.put("name", "Card event");
    values.put("at", inTenDays());
    values.put("capacity", "0");
    String again = teams.send(teams.activities.execute(ServedTeams.ADMIN, values)).body();
    assertThat(again).contains("**--capacity** takes a number of places from 1 to 10000");

    values.put("capacity", "12");
    values.put("tz", "Nowhere/Land");
    assertThat(teams.send(teams.activities.execute(ServedTeams.ADMIN, values)).body())
        .contains("I don't know the time zone **Nowhere/Land**");

    values.put("tz", "Europe/Paris");
    assertThat(teams.send(teams.activities.execute(ServedTeams.ADMIN, values)).body())
        .contains("Created **Card event**");
  }

  @Test
  void badInputIsRefusedWithWhatToDoNext() throws Exception {
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "event create " + "n".repeat(90) + " --at " + inTenDays()));
    assertThat(SentCards.text(teams.lastCard(ServedTeams.ADMIN)))
        .contains("That name is 90 characters; keep it to 80 or fewer.");
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "event create Ghost --at " + inTenDays() + " --facilitator @ghost"));
    assertThat(SentCards.text(teams.lastCard(ServedTeams.ADMIN))).contains("I don't know @ghost.");
  }

  @Test
  void theHourReminderAndTheCancellationReachTheMembersChat() throws Exception {
    String soon =
        Instant.now()
            .plus(Duration.ofMinutes(40))
            .atZone(ZoneId.of("UTC"))
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "event create Soon --at " + soon + " --tz UTC --audience @" + member.aadObjectId()));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> SentCards.text(teams.lastCard(member)).contains("You're invited to a workshop"));
    JsonNode going = SentCards.actionData(teams.lastCard(member), "Going");
    teams.send(teams.activities.execute(member, going));

    assertThat(teams.served.runtime().bot().sendEventTimers()).isEqualTo(1);
    assertThat(teams.served.runtime().bot().sendEventTimers()).as("once").isZero();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> SentCards.text(teams.lastCard(member)).contains("In an hour: **Soon**"));

    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "event cancel Soon"));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> SentCards.text(teams.lastCard(member)).contains("is cancelled"));
  }
}
