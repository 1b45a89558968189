package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.allybot.core.campaign.Audience;
import org.allybot.core.message.Block;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class EventCreationTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final CalendarScene scene;

  EventCreationTest(CalendarScene scene) {
    this.scene = scene;
  }

  @Test
  void creatingAnEventStoresItAndInvitesTheAudienceWithButtonsAndACalendarLink() {
    scene.hello("alice", "Europe/Berlin");
    scene.hello("bob", "America/New_York");
    String at = scene.at(Duration.ofDays(10), BERLIN);

    String reply =
        scene.last(
            scene.say(
                "boss",
                "event create \"Bystander workshop\" --at "
                    + at
                    + " --tz Europe/Berlin --length 90m --where \"Room 4\" --capacity 20 --kind workshop"));

    assertThat(reply)
        .startsWith("Created *Bystander workshop*")
        .contains("(Europe/Berlin)")
        .contains("Times are in Europe/Berlin, as you asked.")
        .contains("Invitations are on their way to 3 people.");
    CalendarEvent stored =
        scene.store().find(scene.user("x").workspace(), "bystander-workshop").orElseThrow();
    assertThat(stored.start())
        .isEqualTo(java.time.LocalDateTime.parse(at).atZone(BERLIN).toInstant());
    assertThat(stored.length()).isEqualTo(Duration.ofMinutes(90));
    assertThat(stored.capacity()).isEqualTo(20);
    assertThat(stored.audience()).isEqualTo(new Audience.Everyone());
    assertThat(scene.recipients(EventPost.Step.INVITE))
        .containsExactlyInAnyOrder("alice", "bob", "boss");

    var invitation =
        scene.compose(
            scene.queued(EventPost.Step.INVITE).stream()
                .filter(d -> d.userId().equals("bob"))
                .findFirst()
                .orElseThrow());
    String shown = org.allybot.core.CoreHarness.text(invitation);
    assertThat(shown)
        .contains("You're invited to a workshop, *Bystander workshop*")
        .contains("(America/New_York)")
        .contains("(1 h 30 min)")
        .contains("*Where:* Room 4")
        .contains("[1] Going")
        .contains("[2] Maybe")
        .contains("[3] Can't")
        .contains(
            "http://localhost:3000/calendar/event.ics?w=shell%3Atest&e=bystander-workshop&s=");
    assertThat(invitation.blocks()).anyMatch(b -> b instanceof Block.Choices);
  }

  @Test
  void withoutTzTheOrganisersOwnZoneIsUsedAndTheReplySaysSo() {
    scene.hello("boss", "Asia/Tokyo");
    String at = scene.at(Duration.ofDays(3), ZoneId.of("Asia/Tokyo"));

    String reply =
        scene.last(scene.say("boss", "event create Circle --at " + at + " --kind circle"));

    assertThat(reply).contains("(Asia/Tokyo)").contains("Times are in Asia/Tokyo, your time zone");
    CalendarEvent e = scene.store().find(scene.user("boss").workspace(), "circle").orElseThrow();
    assertThat(e.start())
        .isEqualTo(java.time.LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
    assertThat(e.kind()).isEqualTo(EventKind.CIRCLE);
  }

  @Test
  void withoutAnyKnownZoneTheWorkspaceDefaultIsUsedAndNamed() {
    String reply =
        scene.last(
            scene.say(
                "boss",
                "event create Meetup --at " + scene.at(Duration.ofDays(2), ZoneId.of("UTC"))));

    assertThat(reply).contains("Times are in UTC, the workspace's default zone");
  }

  @Test
  void badInputGetsAClearErrorAndStoresNothing() {
    scene.hello("alice", "Europe/Berlin");
    String future = scene.at(Duration.ofDays(5), ZoneId.of("UTC"));
    String past = scene.at(Duration.ofHours(-1), ZoneId.of("UTC"));
    assertRefused(
        "event create Past --at " + past, "has already passed; pick a time in the future");
    assertRefused(
        "event create Tz --at " + future + " --tz Mars/Olympus",
        "I don't know the time zone `Mars/Olympus`");
    assertRefused(
        "event create Cap --at " + future + " --capacity 0",
        "`--capacity` takes a number of places from 1 to 10000");
    assertRefused("event create Cap --at " + future + " --capacity lots", "`lots` is not one");
    assertRefused(
        "event create " + "x".repeat(81) + " --at " + future,
        "That name is 81 characters; keep it to 80 or fewer.");
    assertRefused(
        "event create Who --at " + future + " --audience @alice,@zed", "I don't know @zed.");
    assertRefused(
        "event create Who --at " + future + " --facilitator @nobody", "I don't know @nobody.");
    assertRefused("event create Len --at " + future + " --length 3m", "`--length` takes minutes");
    assertRefused(
        "event create Far --at " + future + " --where \"" + "r".repeat(301) + "\"",
        "`--where` is too long; keep it to 300 characters.");
    assertRefused("event create When", "Say when it starts with `--at`");
    assertRefused("event create When --at tomorrow", "I can't read `tomorrow` as a date");
    assertRefused("event create Kind --at " + future + " --kind party", "`--kind` takes workshop");
    assertRefused(
        "event create Opt --at " + future + " --colour red", "I don't know the option `--colour`");
    assertRefused(
        "event create Camp --at " + future + " --campaign Nope",
        "There is no campaign called `Nope`");
    assertRefused("event create --at " + future, "Give the event a name");
    assertRefused("event frobnicate", "I don't know `event frobnicate`.");
    assertThat(scene.store().all(scene.user("boss").workspace())).isEmpty();
    assertThat(scene.queued(EventPost.Step.INVITE)).isEmpty();
  }

  @Test
  void aTimeTheClocksSkipIsRefused() {
    ZoneId berlin = BERLIN;
    var gap = berlin.getRules().nextTransition(scene.now());
    while (!gap.isGap()) {
      gap = berlin.getRules().nextTransition(gap.getInstant());
    }
    String inGap = gap.getDateTimeBefore().plusMinutes(30).toString();

    assertRefused(
        "event create Gap --at " + inGap + " --tz Europe/Berlin",
        "does not exist in Europe/Berlin (the clocks skip it)");
  }

  @Test
  void aTimeTheClocksGoThroughTwiceIsTheSecondOnceTheFirstHasPassed() {
    var back = BERLIN.getRules().nextTransition(scene.now());
    while (!back.isOverlap()) {
      back = BERLIN.getRules().nextTransition(back.getInstant());
    }
    // Half an hour before the clocks go back: the repeated hour's first pass is under way.
    scene.core.clock.set(back.getInstant().minus(Duration.ofMinutes(30)));
    String twice = back.getDateTimeAfter().plusMinutes(15).toString();

    String reply =
        scene.last(scene.say("boss", "event create Twice --at " + twice + " --tz Europe/Berlin"));

    assertThat(reply).startsWith("Created *Twice*");
    CalendarEvent stored = scene.store().find(scene.user("x").workspace(), "twice").orElseThrow();
    assertThat(stored.start()).isEqualTo(back.getInstant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void onlyAdminsCreateAndAnExistingNameIsRefused() {
    scene.hello("alice", "");
    String future = scene.at(Duration.ofDays(5), ZoneId.of("UTC"));
    assertThat(scene.last(scene.say("alice", "event create Mine --at " + future)))
        .contains("Only Allybot admins can create, change or cancel events");

    scene.create("Twice", Duration.ofDays(4), "");
    assertThat(scene.create("twice", Duration.ofDays(5), ""))
        .contains("There is already an event called *twice*");
  }

  @Test
  void theFormOpensForAdminsAndShowsEachMistakeBesideItsField() {
    var opened = scene.say("boss", "event form");
    assertThat(opened.form().formId()).isEqualTo(EventForm.ID);
    assertThat(opened.form().fields())
        .extracting(Block.Field::id)
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

    var wrong =
        scene.submit(
            "boss",
            EventForm.ID,
            java.util.Map.of(
                "name", "Form event", "at", scene.at(Duration.ofDays(3), BERLIN), "capacity", "0"));
    assertThat(wrong.fieldErrors()).containsOnlyKeys("capacity");
    var pastTime =
        scene.submit(
            "boss", EventForm.ID, java.util.Map.of("name", "Form event", "at", "2001-01-01T10:00"));
    assertThat(pastTime.fieldErrors()).containsOnlyKeys("at");

    var made =
        scene.submit(
            "boss",
            EventForm.ID,
            java.util.Map.of(
                "name", "Form event",
                "kind", "meetup",
                "at", scene.at(Duration.ofDays(3), BERLIN),
                "tz", "Europe/Berlin",
                "capacity", "",
                "where", "https://meet.example/ally"));
    assertThat(scene.text(made)).contains("Created *Form event*");
    CalendarEvent e =
        scene.store().find(scene.user("boss").workspace(), "form-event").orElseThrow();
    assertThat(e.kind()).isEqualTo(EventKind.MEETUP);
    assertThat(e.capacity()).isZero();
    assertThat(e.where()).isEqualTo("https://meet.example/ally");

    scene.hello("alice", "");
    assertThat(scene.say("alice", "event form").hasForm()).isFalse();
  }

  private void assertRefused(String command, String error) {
    String reply = scene.last(scene.say("boss", command));
    assertThat(reply).contains(error).contains("Usage:");
  }
}
