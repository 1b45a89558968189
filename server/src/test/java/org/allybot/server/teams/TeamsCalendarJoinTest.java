package org.allybot.server.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Someone added to the team an event is for, before the event, gets its invitation card. */
class TeamsCalendarJoinTest {
  @TempDir Path data;
  ServedTeams teams;
  final FakeMember newcomer = FakeMember.numbered(601);

  @BeforeEach
  void start() throws Exception {
    teams = new ServedTeams(data);
    teams.connector.addMembers(TeamsActivities.TEAM, List.of(ServedTeams.ADMIN));
    teams.send(teams.activities.botAddedToTeam(ServedTeams.ADMIN));
  }

  @AfterEach
  void stop() {
    teams.close();
  }

  private List<ConnectorCall> invitationsTo(FakeMember who) {
    return teams.connector.calls(Kind.SEND).stream()
        .filter(c -> c.conversationId().equals("a:direct-" + who.id()) && c.succeeded())
        .filter(c -> SentCards.text(SentCards.card(c)).contains("You're invited to a meetup"))
        .toList();
  }

  @Test
  void aMemberAddedToTheAudienceTeamIsInvitedOnceEvenIfTeamsSaysSoTwice() throws Exception {
    String at =
        Instant.now()
            .plus(Duration.ofDays(10))
            .atZone(ZoneId.of("UTC"))
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "event create Meetup --kind meetup --tz UTC --at "
                + at
                + " --audience #"
                + TeamsActivities.TEAM));

    teams.connector.addMembers(TeamsActivities.TEAM, List.of(newcomer));
    teams.send(teams.activities.memberAddedToTeam(newcomer));
    teams.send(teams.activities.memberAddedToTeam(newcomer));

    await().atMost(Duration.ofSeconds(10)).until(() -> invitationsTo(newcomer).size() == 1);
    assertThat(SentCards.actionData(SentCards.card(invitationsTo(newcomer).getFirst()), "Going"))
        .hasToString(
            "{\"allybot\":{\"kind\":\"choice\",\"action\":\"calendar.rsvp\",\"value\":\"meetup|going\"}}");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> invitationsTo(newcomer).size() == 1);
  }
}
