package org.allybot.server.slack;

import static org.allybot.server.slack.SlackServerHarness.ADMIN;
import static org.allybot.server.slack.SlackServerHarness.MEMBER;
import static org.allybot.server.slack.SlackServerHarness.WORKSPACE;
import static org.allybot.server.slack.SlackServerHarness.trigger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.CalendarStore;
import org.allybot.core.calendar.EventKind;
import org.allybot.core.calendar.Rsvp;
import org.allybot.core.campaign.Audience;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackCall;
import org.allybot.testkit.slack.SlackPayloads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The calendar in Slack after the invitation: the reflection prompt and its 7-day check-in, the
 * facilitator's attendance list, and the notices of an edit and a cancellation, as Block Kit.
 */
@ExtendWith(EmbeddedRedisExtension.class)
class SlackCalendarAfterTest {
  @RegisterExtension
  static final PerTest<SlackServerHarness> HARNESS = SlackServerHarness.perTest();

  private final SlackServerHarness h;

  SlackCalendarAfterTest(SlackServerHarness h) {
    this.h = h;
  }

  private CalendarStore store() {
    return h.server.runtime().bot().context().calendar().store();
  }

  /** The last direct message to {@code user} whose blocks or text contain {@code text}. */
  private SlackCall dm(String user, String text) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                h.slack.calls("chat.postMessage").stream()
                    .filter(c -> c.ok() && List.of("D" + user, user).contains(c.param("channel")))
                    .filter(c -> (c.param("blocks") + " " + c.param("text")).contains(text))
                    .reduce((a, b) -> b),
            Optional::isPresent)
        .orElseThrow();
  }

  private void press(String user, String actionId, String value, String response) throws Exception {
    h.post(
        SlackPayloads.blockAction(
            FakeSlackApi.TEAM,
            user,
            actionId,
            value,
            h.slack.responseUrl(response),
            trigger(),
            false));
  }

  private JsonNode responded(String response) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                h.slack.calls("response_url").stream()
                    .filter(c -> c.param(FakeSlackApi.RESPONSE_ID).equals(response))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow()
        .json("blocks");
  }

  /** An event that ended ten minutes ago, with the member going and the admin facilitating. */
  private void anEventThatJustEnded() {
    Instant start = Instant.now().minus(Duration.ofMinutes(70)).truncatedTo(ChronoUnit.MINUTES);
    store()
        .save(
            new CalendarEvent(
                WORKSPACE,
                "allyship-circle",
                "Allyship circle",
                EventKind.CIRCLE,
                start,
                ZoneId.of("Europe/Berlin"),
                Duration.ofMinutes(60),
                "Room 4",
                new Audience.Users(List.of(MEMBER)),
                ADMIN,
                0,
                "",
                ADMIN,
                false,
                0));
    store().answer(new UserRef(WORKSPACE, MEMBER), "allyship-circle", Rsvp.GOING, 0);
  }

  @Test
  void afterTheEventTheMemberWritesOneThingToTryAndIsAskedAboutItAWeekLater() throws Exception {
    anEventThatJustEnded();
    h.server.runtime().bot().sendEventTimers();

    JsonNode prompt = dm(MEMBER, "What is one thing you'll try").json("blocks");
    assertThat(prompt.toString())
        .contains("Thanks for coming to *Allyship circle*")
        .contains("I'll check in a week from now");
    assertThat(prompt.findValuesAsText("action_id")).containsExactly("ally:0:calendar.reflect");
    assertThat(prompt.findValuesAsText("value")).containsExactly("allyship-circle");

    press(MEMBER, "ally:0:calendar.reflect", "allyship-circle", "reflect");
    await().atMost(Duration.ofSeconds(5)).until(() -> h.slack.count("views.open") == 1);
    JsonNode view = h.slack.calls("views.open").getFirst().json("view");
    assertThat(view.path("callback_id").asText()).isEqualTo("calendar.reflect|allyship-circle");
    assertThat(view.path("title").path("text").asText()).isEqualTo("One thing you'll try");
    assertThat(view.path("blocks").findValuesAsText("block_id")).containsExactly("try");

    String metadata = view.path("private_metadata").asText();
    JsonNode empty =
        SlackServerHarness.json(
            h.post(
                    SlackPayloads.viewSubmission(
                        FakeSlackApi.TEAM,
                        MEMBER,
                        "calendar.reflect|allyship-circle",
                        Map.of("try", " "),
                        metadata,
                        trigger()))
                .body());
    assertThat(empty.path("errors").path("try").asText()).contains("Write one thing you'll try");

    h.post(
        SlackPayloads.viewSubmission(
            FakeSlackApi.TEAM,
            MEMBER,
            "calendar.reflect|allyship-circle",
            Map.of("try", "Ask the quieter people first"),
            metadata,
            trigger()));
    UserRef member = new UserRef(WORKSPACE, MEMBER);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> store().reflection(member, "allyship-circle").isPresent());
    // The modal closes and the answer goes where the button was pressed: its response URL.
    assertThat(responded("reflect").toString())
        .contains("Noted: you'll try \\\"Ask the quieter people first\\\". I'll check in on ");

    // The commitment is on the lessons' check-in list for 7 days from now: not due after 6 days,
    // due after 7. It is then put back as due now, so the real minute job can send it here.
    var lessons = h.server.runtime().bot().context().lessons();
    assertThat(lessons.takeDueCheckIns(Instant.now().plus(Duration.ofDays(6)))).isEmpty();
    var due = lessons.takeDueCheckIns(Instant.now().plus(Duration.ofDays(7).plusMinutes(5)));
    assertThat(due)
        .extracting(c -> c.lessonId() + " " + c.user().userId())
        .containsExactly("calendar:allyship-circle " + MEMBER);
    lessons.commit(member, due.getFirst().lessonId(), "", Instant.now());
    h.server.runtime().bot().sendDueCheckIns();

    JsonNode checkIn = dm(MEMBER, "A week ago, after *Allyship circle*").json("blocks");
    assertThat(checkIn.toString()).contains("you planned to try: _Ask the quieter people first_");
    assertThat(checkIn.findValuesAsText("value"))
        .containsExactly(
            "allyship-circle|tried", "allyship-circle|not-yet", "allyship-circle|skip");
    press(MEMBER, "ally:0:calendar.checkin", "allyship-circle|tried", "tried");
    assertThat(responded("tried").toString()).contains("Brilliant: trying it is the whole point.");
  }

  @Test
  void theFacilitatorGetsTheAttendanceListAndAPromptToPostASummary() throws Exception {
    anEventThatJustEnded();
    h.server.runtime().bot().sendEventTimers();

    JsonNode list = dm(ADMIN, "is over").json("blocks");
    assertThat(list.toString())
        .contains("*Allyship circle* is over. Going: <@" + MEMBER + ">. Maybe: nobody.")
        .contains("Could you post a short summary to the community channel?");
    assertThat(h.server.runtime().bot().sendEventTimers()).as("once").isZero();
  }

  private static String inTenDays() {
    return Instant.now()
        .plus(Duration.ofDays(10))
        .atZone(ZoneId.of("Europe/Berlin"))
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  @Test
  void everyoneWhoAnsweredIsToldWhatChangedAndThenThatItIsCancelled() throws Exception {
    String at = inTenDays();
    h.command(
        ADMIN,
        "event create Meetup --kind meetup --at "
            + at
            + " --where \"Room 4\" --audience <@"
            + MEMBER
            + ">");
    dm(MEMBER, "calendar.rsvp");
    press(MEMBER, "ally:1:calendar.rsvp", "meetup|maybe", "maybe");
    responded("maybe");

    JsonNode edited = h.command(ADMIN, "event edit Meetup --where \"Room 5\" --capacity 8");
    assertThat(edited.toString())
        .contains("Updated *Meetup*: place Room 4 → Room 5; places no limit → 8.")
        .contains("I'm telling the 1 person who answered.");
    String changed = dm(MEMBER, "has changed").param("text");
    assertThat(changed)
        .isEqualTo(
            "*Meetup* has changed: place Room 4 → Room 5; places no limit → 8. Your answer still"
                + " stands.");

    assertThat(h.command(ADMIN, "event cancel Meetup").toString())
        .contains("Cancelled *Meetup*. I'm telling the 1 person who answered.");
    // The member's own zone is London, so the notice shows the time there.
    String when =
        java.time.format.DateTimeFormatter.ofPattern(
                "EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
            .format(
                java.time.LocalDateTime.parse(at)
                    .atZone(ZoneId.of("Europe/Berlin"))
                    .withZoneSameInstant(ZoneId.of("Europe/London")));
    assertThat(dm(MEMBER, "is cancelled").param("text"))
        .isEqualTo(
            "*Meetup*, planned for "
                + when
                + " (Europe/London), is cancelled. Sorry for the change; you don't need to do"
                + " anything.");
  }
}
