package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programme calendar in Slack: the command, the invitation's Block Kit, answers, the modal. */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackCalendarTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackCalendarTest(SlackServerHarness h) {
    this.h = h;
  }

  private JsonNode command(String user, String text) throws Exception {
    return SlackServerHarness.json(
        h.post(
                SlackPayloads.command(
                    FakeSlackApi.TEAM, user, text, h.slack.responseUrl("cmd-" + user), trigger()))
            .body());
  }

  /** Ten days from now in Berlin, to the minute, as {@code --at} takes it. */
  private static String inTenDays() {
    return Instant.now()
        .plus(Duration.ofDays(10))
        .atZone(ZoneId.of("Europe/Berlin"))
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  private SlackCall invitationTo(String user) {
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            h.slack.calls("chat.postMessage").stream()
                .anyMatch(c ->
                    c.ok()
                            && String.valueOf(c.param("blocks")).contains("calendar.rsvp")
                            && ("D" + user).equals(c.param("channel"))
                        || (user.equals(c.param("channel"))
                            && String.valueOf(c.param("blocks")).contains("calendar.rsvp"))));
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> String.valueOf(c.param("blocks")).contains("calendar.rsvp"))
        .filter(c -> List.of("D" + user, user).contains(c.param("channel")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anAdminCreatesAnEventAndTheMemberGetsBlockKitButtonsAndAWorkingCalendarLink()
      throws Exception {
    JsonNode created =
        command(
            ADMIN,
            "event create \"Bystander workshop\" --at "
                + inTenDays()
                + " --audience <@"
                + MEMBER
                + "> --where \"Room 4\" --capacity 1");
    assertThat(created.toString())
        .contains("Created *Bystander workshop*")
        .contains("Europe/Berlin, your time zone")
        .contains("Invitations are on their way to 1 person.");

    JsonNode blocks = invitationTo(MEMBER).json("blocks");
    assertThat(blocks.findValues("type").stream().map(JsonNode::asText)).contains("header");
    assertThat(blocks.toString()).contains("Bystander workshop").contains("*Where:* Room 4");
    assertThat(blocks.findValuesAsText("action_id"))
        .containsExactly("ally:0:calendar.rsvp", "ally:1:calendar.rsvp", "ally:2:calendar.rsvp");
    assertThat(blocks.findValuesAsText("value"))
        .containsExactly(
            "bystander-workshop|going", "bystander-workshop|maybe", "bystander-workshop|cant");
    String link =
        blocks
            .toString()
            .replaceAll("(?s).*(http://localhost:\\d+/calendar/event\\.ics\\?[^\\s\"|>]+).*", "$1");
    assertThat(link).contains("/calendar/event.ics?w=slack%3A" + FakeSlackApi.TEAM);

    HttpResponse<String> ics =
        h.send(HttpRequest.newBuilder(URI.create(link.replace("&amp;", "&"))).build());
    assertThat(ics.statusCode()).isEqualTo(200);
    assertThat(ics.body()).contains("SUMMARY:Bystander workshop").contains("LOCATION:Room 4");

    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            MEMBER,
            "ally:0:calendar.rsvp",
            "bystander-workshop|going",
            h.slack.responseUrl("rsvp"),
            trigger(),
            false));
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 1);
    JsonNode replaced = h.slack.calls("response_url").getLast().json("blocks");
    assertThat(h.slack.calls("response_url").getLast().param("replace_original")).isEqualTo("true");
    assertThat(replaced.toString())
        .contains("Going")
        .contains("You're going. I'll remind you a day and an hour before.");
  }

  @Test
  void badInputIsRefusedInTheEphemeralReply() throws Exception {
    assertThat(command(ADMIN, "event create Past --at 2020-01-01T10:00").toString())
        .contains("has already passed");
    assertThat(command(ADMIN, "event create Tz --at " + inTenDays() + " --tz Moon/Base").toString())
        .contains("I don't know the time zone `Moon/Base`");
    assertThat(
            command(ADMIN, "event create Ch --at " + inTenDays() + " --audience <#C0NOSUCH01>")
                .toString())
        .contains("I can't see the channel");
    assertThat(command(MEMBER, "event create Mine --at " + inTenDays()).toString())
        .contains("Only Allybot admins");
  }

  @Test
  void theFormOpensAsAModalAndItsMistakesComeBackBesideTheirFields() throws Exception {
    command(ADMIN, "event form");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    assertThat(view.path("callback_id").asText()).isEqualTo("calendar.create");
    assertThat(view.path("blocks").findValuesAsText("block_id"))
        .containsExactly(
            "name",
            "kind",
            "at",
            "tz",
            "length",
            "where",
            "audience",
            "facilitator",
            "capacity",
            "campaign");

    HttpResponse<String> bad =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                ADMIN,
                "calendar.create",
                Map.of("name", "Form event", "at", inTenDays(), "capacity", "0"),
                view.path("private_metadata").asText(),
                trigger()));
    JsonNode errors = SlackServerHarness.json(bad.body());
    assertThat(errors.path("response_action").asText()).isEqualTo("errors");
    assertThat(errors.path("errors").path("capacity").asText()).contains("--capacity");

    HttpResponse<String> ok =
        h.post(
            SlackPayloads.viewSubmission(
                FakeSlackApi.TEAM,
                ADMIN,
                "calendar.create",
                Map.of("name", "Form event", "at", inTenDays(), "audience", "<@" + MEMBER + ">"),
                view.path("private_metadata").asText(),
                trigger()));
    assertThat(ok.statusCode()).isEqualTo(200);
    invitationTo(MEMBER);
  }

  private boolean postedTo(String user, String text) {
    return h.slack.calls("chat.postMessage").stream()
        .filter(c -> c.ok() && List.of("D" + user, user).contains(c.param("channel")))
        .anyMatch(c -> (c.param("blocks") + " " + c.param("text")).contains(text));
  }

  @Test
  void theHourReminderAndTheCancellationReachTheMembersDirectMessages() throws Exception {
    // In UTC: in Berlin, on the night the clocks go back, "40 minutes from now" can be a local
    // time that happens twice, and its first time is already past.
    String soon =
        Instant.now()
            .plus(Duration.ofMinutes(40))
            .atZone(ZoneId.of("UTC"))
            .toLocalDateTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
    command(ADMIN, "event create Soon --at " + soon + " --tz UTC --audience <@" + MEMBER + ">");
    invitationTo(MEMBER);
    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            MEMBER,
            "ally:1:calendar.rsvp",
            "soon|maybe",
            h.slack.responseUrl("rsvp"),
            trigger(),
            false));
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("response_url") >= 1);

    assertThat(h.server.runtime().bot().sendEventTimers()).isEqualTo(1);
    assertThat(h.server.runtime().bot().sendEventTimers()).as("once").isZero();
    await().atMost(Duration.ofSeconds(10)).until(() -> postedTo(MEMBER, "In an hour: *Soon*"));

    command(ADMIN, "event cancel Soon");
    await().atMost(Duration.ofSeconds(10)).until(() -> postedTo(MEMBER, "is cancelled"));
  }

  private void press(String user, String value) throws Exception {
    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            user,
            "ally:0:calendar.rsvp",
            value,
            h.slack.responseUrl("rsvp-" + user),
            trigger(),
            false));
  }

  @Test
  void aDoubleClickTakesOnePlaceAndTheWaitlistedAdminIsToldWhenItFreesUp() throws Exception {
    command(
        ADMIN,
        "event create Full --at "
            + inTenDays()
            + " --capacity 1 --audience <@"
            + MEMBER
            + ">,<@"
            + ADMIN
            + ">");
    invitationTo(MEMBER);
    var store = h.server.runtime().bot().context().calendar().store();

    press(MEMBER, "full|going");
    press(MEMBER, "full|going");
    await() // a slow core answers after the ack: the admin clicks once the member's click is in
        .atMost(Duration.ofSeconds(5))
        .until(() -> store.answers(SlackServerHarness.WORKSPACE, "full").containsKey(MEMBER));
    press(ADMIN, "full|going");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> store.answers(SlackServerHarness.WORKSPACE, "full").size() == 2);
    assertThat(store.waitlist(SlackServerHarness.WORKSPACE, "full")).containsExactly(ADMIN);

    press(MEMBER, "full|cant");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> postedTo(ADMIN, "A place opened up: you're now going to *Full*"));
    assertThat(store.waitlist(SlackServerHarness.WORKSPACE, "full")).isEmpty();
  }
}
