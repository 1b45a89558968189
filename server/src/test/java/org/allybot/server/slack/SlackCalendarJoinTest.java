package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Someone who joins an event's audience channel in Slack before the event gets its invitation. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackCalendarJoinTest {
  private static final String CHANNEL = "C0ALLIES001";
  private static final String JOINER = "U0JOINER001";

  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackCalendarJoinTest(SlackServerHarness h) {
    this.h = h;
  }

  private List<SlackCall> invitationsTo(String user) {
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> c.ok() && List.of("D" + user, user).contains(c.param("channel")))
        .filter(c -> String.valueOf(c.param("blocks")).contains("calendar.rsvp"))
        .toList();
  }

  private void joined(String eventId) throws Exception {
    h.post(
        SlackPayloads.event(
            FakeSlackApi.TEAM,
            eventId,
            SlackPayloads.eventOf("member_joined_channel")
                .put("user", JOINER)
                .put("channel", CHANNEL)
                .put("team", FakeSlackApi.TEAM)));
  }

  @Test
  void aMemberWhoJoinsTheAudienceChannelIsInvitedOnceEvenIfSlackSaysSoTwice() throws Exception {
    h.slack.channel(CHANNEL, List.of(ADMIN));
    h.command(ADMIN, "event list"); // the first reply is Allybot's introduction
    String at =
        Instant.now()
            .plus(Duration.ofDays(10))
            .atZone(ZoneId.of("Europe/Berlin"))
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    assertThat(
            h.command(
                    ADMIN,
                    "event create Meetup --kind meetup --at "
                        + at
                        + " --audience <#"
                        + CHANNEL
                        + ">")
                .toString())
        .contains("Invitations are on their way to 1 person.");

    joined("Ev0JOINCAL1");
    joined("Ev0JOINCAL1"); // Slack's retry of the same event
    joined("Ev0JOINCAL2"); // left and joined again

    await().atMost(Duration.ofSeconds(10)).until(() -> invitationsTo(JOINER).size() == 1);
    assertThat(invitationsTo(JOINER).getFirst().json("blocks").toString())
        .contains("You're invited to a meetup, *Meetup*");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> invitationsTo(JOINER).size() == 1);
  }
}
