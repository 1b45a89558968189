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
import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.calendar.CalendarEvent;
import org.allybot.core.calendar.CalendarStore;
import org.allybot.core.calendar.EventKind;
import org.allybot.core.calendar.Rsvp;
import org.allybot.core.campaign.Audience;
import org.allybot.testkit.teams.ConnectorCall.Kind;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.SentCards;
import org.allybot.testkit.teams.TeamsActivities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calendar in Teams after the invitation: the reflection card and its 7-day check-in, the
 * facilitator's attendance list, and the notices of an edit and a cancellation, as Adaptive Cards.
 */
class TeamsCalendarAfterTest {
  @TempDir Path data;
  ServedTeams teams;
  final FakeMember member = FakeMember.numbered(502);

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

  private CalendarStore store() {
    return teams.served.runtime().bot().context().calendar().store();
  }

  /** The last card sent to {@code who}'s personal chat whose texts contain {@code text}. */
  private JsonNode card(FakeMember who, String text) {
    String chat = TeamsActivities.personalConversation(who);
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                teams.connector.calls(Kind.SEND).stream()
                    .filter(c -> c.conversationId().equals(chat) && c.succeeded())
                    .map(SentCards::card)
                    .filter(c -> SentCards.text(c).contains(text))
                    .reduce((a, b) -> b),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  private UserRef ref(FakeMember who) {
    return new UserRef(ServedTeams.WORKSPACE, who.aadObjectId());
  }

  private void anEventThatJustEnded() {
    Instant start = Instant.now().minus(Duration.ofMinutes(70)).truncatedTo(ChronoUnit.MINUTES);
    store()
        .save(
            new CalendarEvent(
                ServedTeams.WORKSPACE,
                "allyship-circle",
                "Allyship circle",
                EventKind.CIRCLE,
                start,
                ZoneId.of("UTC"),
                Duration.ofMinutes(60),
                "",
                new Audience.Users(List.of(member.aadObjectId())),
                ServedTeams.ADMIN.aadObjectId(),
                0,
                "",
                ServedTeams.ADMIN.aadObjectId(),
                false,
                0));
    store().answer(ref(member), "allyship-circle", Rsvp.GOING, 0);
  }

  @Test
  void afterTheEventTheMemberWritesOneThingToTryOnACardAndIsAskedAboutItAWeekLater()
      throws Exception {
    anEventThatJustEnded();
    teams.served.runtime().bot().sendEventTimers();

    JsonNode prompt = card(member, "What is one thing you'll try");
    assertThat(SentCards.text(prompt)).contains("Thanks for coming to **Allyship circle**");
    JsonNode write = SentCards.actionData(prompt, "Write it down");
    assertThat(write.toString()).contains("calendar.reflect").contains("allyship-circle");

    String opened = teams.send(teams.activities.execute(member, write)).body();
    assertThat(opened).contains("One thing you'll try").contains("\"id\":\"try\"");
    JsonNode form = SentCards.json(opened).findParent("actions");
    ObjectNode values = (ObjectNode) SentCards.actionData(form, "Save").deepCopy();
    values.put("try", "");
    assertThat(teams.send(teams.activities.execute(member, values)).body())
        .contains("Write one thing you'll try");
    values.put("try", "Ask the quieter people first");
    assertThat(teams.send(teams.activities.execute(member, values)).body())
        .contains("Noted: you'll try \\\"Ask the quieter people first\\\"");

    // Due 7 days from now on the lessons' check-in list; then put back as due now, so the real
    // minute job sends it here.
    var lessons = teams.served.runtime().bot().context().lessons();
    assertThat(lessons.takeDueCheckIns(Instant.now().plus(Duration.ofDays(6)))).isEmpty();
    var due = lessons.takeDueCheckIns(Instant.now().plus(Duration.ofDays(7).plusMinutes(5)));
    assertThat(due).extracting(c -> c.lessonId()).containsExactly("calendar:allyship-circle");
    lessons.commit(ref(member), due.getFirst().lessonId(), "", Instant.now());
    teams.served.runtime().bot().sendDueCheckIns();

    JsonNode checkIn = card(member, "A week ago, after **Allyship circle**");
    assertThat(SentCards.text(checkIn))
        .contains("you planned to try: _Ask the quieter people first_");
    JsonNode tried = SentCards.actionData(checkIn, "I tried it");
    assertThat(teams.send(teams.activities.execute(member, tried)).body())
        .contains("Brilliant: trying it is the whole point.");
  }

  @Test
  void theFacilitatorGetsTheAttendanceListAndAPromptToPostASummary() throws Exception {
    anEventThatJustEnded();
    teams.served.runtime().bot().sendEventTimers();

    String list = SentCards.text(card(ServedTeams.ADMIN, "is over"));
    assertThat(list)
        .contains("**Allyship circle** is over. Going: ")
        .contains("Maybe: nobody.")
        .contains("Could you post a short summary to the community channel?");
  }

  private static String inTenDays() {
    return Instant.now()
        .plus(Duration.ofDays(10))
        .atZone(ZoneId.of("UTC"))
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  @Test
  void everyoneWhoAnsweredIsToldWhatChangedAndThenThatItIsCancelled() throws Exception {
    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN,
            "event create Meetup --kind meetup --tz UTC --where \"Room 4\" --at "
                + inTenDays()
                + " --audience @"
                + member.aadObjectId()));
    JsonNode going = SentCards.actionData(card(member, "You're invited to a meetup"), "Going");
    teams.send(teams.activities.execute(member, going));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> store().answers(ServedTeams.WORKSPACE, "meetup").size() == 1);

    teams.send(
        teams.activities.personalMessage(
            ServedTeams.ADMIN, "event edit Meetup --where \"Room 5\" --length 90m"));
    assertThat(SentCards.text(card(ServedTeams.ADMIN, "Updated")))
        .contains("Updated **Meetup**: length 1 hour → 1 h 30 min; place Room 4 → Room 5.");
    assertThat(SentCards.text(card(member, "has changed")))
        .contains(
            "**Meetup** has changed: length 1 hour → 1 h 30 min; place Room 4 → Room 5. Your"
                + " answer still stands.");

    teams.send(teams.activities.personalMessage(ServedTeams.ADMIN, "event cancel Meetup"));
    assertThat(SentCards.text(card(member, "is cancelled")))
        .startsWith("**Meetup**, planned for ")
        .contains("is cancelled. Sorry for the change; you don't need to do anything.");
  }
}
