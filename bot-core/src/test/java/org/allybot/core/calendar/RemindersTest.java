package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.stream.Stream;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(EmbeddedRedisExtension.class)
class RemindersTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private final CalendarScene scene;

  RemindersTest(CalendarScene scene) {
    this.scene = scene;
  }

  private int run() {
    return scene.core.bot.sendEventTimers();
  }

  /** Another instance, or this one after a restart: nothing but the store in common. */
  private int runElsewhere() {
    return new EventTimers(scene.core.bot.context(), scene.store()).run();
  }

  private Instant eventOn(LocalDate day, String zone) {
    if (scene.core.bot.context().members().find(scene.user("fay")).isEmpty()) {
      scene.hello("fay", "UTC");
    }
    scene.say(
        "boss",
        "event create Workshop --at "
            + day
            + "T15:00 --tz "
            + zone
            + " --facilitator @fay --length 60m");
    return scene.store().find(scene.user("x").workspace(), "workshop").orElseThrow().start();
  }

  @Test
  void remindersGoADayAndAnHourBeforeOnlyToGoingAndMaybeAndOnlyOnce() {
    scene.hello("ann", "Europe/Berlin");
    scene.hello("ben", "America/New_York");
    scene.hello("cat", "Asia/Tokyo");
    scene.hello("fay", "Europe/Berlin");
    LocalDate day = scene.now().atZone(ZoneId.of("Europe/Berlin")).toLocalDate().plusDays(5);
    Instant start = eventOn(day, "Europe/Berlin");
    Instant dayBefore = start.atZone(ZoneId.of("Europe/Berlin")).minusDays(1).toInstant();
    scene.answer("ann", "workshop", "going");
    scene.answer("ben", "workshop", "maybe");
    scene.answer("cat", "workshop", "cant");

    scene.core.clock.set(dayBefore.minus(MINUTE));
    assertThat(run()).isZero();
    scene.core.clock.set(dayBefore);
    run();
    assertThat(scene.recipients(EventPost.Step.DAY)).containsExactlyInAnyOrder("ann", "ben");
    assertThat(run() + runElsewhere()).as("once, across restarts and instances").isZero();
    String reminder = scene.last(scene.compose(scene.queued(EventPost.Step.DAY).getFirst()));
    assertThat(reminder).contains("Tomorrow: *Workshop*");

    scene.core.clock.set(start.minus(Duration.ofHours(1)));
    run();
    runElsewhere();
    assertThat(scene.recipients(EventPost.Step.HOUR)).containsExactlyInAnyOrder("ann", "ben");
    var benHour =
        scene.queued(EventPost.Step.HOUR).stream()
            .filter(d -> d.userId().equals("ben"))
            .findFirst()
            .orElseThrow();
    assertThat(scene.last(scene.compose(benHour)))
        .contains("In an hour: *Workshop*")
        .contains("09:00 (America/New_York)");
  }

  @Test
  void aReminderToSomeoneWhoSinceSaidCantIsNotSent() {
    scene.hello("ann", "UTC");
    Instant start = eventOn(scene.now().atZone(ZoneId.of("UTC")).toLocalDate().plusDays(3), "UTC");
    scene.answer("ann", "workshop", "going");
    scene.core.clock.set(start.minus(Duration.ofHours(1)));
    run();
    scene.answer("ann", "workshop", "cant");

    assertThat(scene.skipped(scene.queued(EventPost.Step.HOUR).getFirst())).isTrue();
  }

  @Test
  void afterTheEventAttendeesAreAskedWhatTheyWillTryAndTheFacilitatorGetsTheList() {
    scene.hello("ann", "UTC");
    scene.hello("ben", "UTC");
    scene.hello("fay", "UTC");
    Instant start = eventOn(scene.now().atZone(ZoneId.of("UTC")).toLocalDate().plusDays(3), "UTC");
    scene.answer("ann", "workshop", "going");
    scene.answer("ben", "workshop", "maybe");

    scene.core.clock.set(start.plus(Duration.ofMinutes(59)));
    run();
    assertThat(scene.queued(EventPost.Step.REFLECT)).isEmpty();
    scene.core.clock.set(start.plus(Duration.ofMinutes(60)));
    run();
    runElsewhere();

    assertThat(scene.recipients(EventPost.Step.REFLECT)).containsExactly("ann");
    assertThat(scene.last(scene.compose(scene.queued(EventPost.Step.REFLECT).getFirst())))
        .contains("What is one thing you'll try from it?")
        .contains("[1] Write it down");
    assertThat(scene.recipients(EventPost.Step.ATTENDANCE)).containsExactly("fay");
    assertThat(scene.last(scene.compose(scene.queued(EventPost.Step.ATTENDANCE).getFirst())))
        .contains("Going: <@ann>. Maybe: <@ben>.")
        .contains("post a short summary to the community channel");
  }

  @Test
  void movingTheEventMovesItsRemindersAndTheOldTimesSendNothing() {
    scene.hello("ann", "UTC");
    Instant start = eventOn(scene.now().atZone(ZoneId.of("UTC")).toLocalDate().plusDays(3), "UTC");
    scene.answer("ann", "workshop", "going");
    scene.core.clock.set(start.minus(Duration.ofDays(1)));
    run();
    assertThat(scene.recipients(EventPost.Step.DAY)).containsExactly("ann");

    String later =
        start.plus(Duration.ofDays(2)).atZone(ZoneId.of("UTC")).toLocalDateTime().toString();
    scene.say("boss", "event edit Workshop --at " + later);
    scene.core.clock.set(start.minus(Duration.ofHours(1)));
    assertThat(run()).as("nothing at the old hour").isZero();
    scene.core.clock.set(start.plus(Duration.ofDays(1)));
    run();

    assertThat(scene.recipients(EventPost.Step.DAY)).containsExactly("ann", "ann");
    assertThat(scene.recipients(EventPost.Step.CHANGED)).containsExactly("ann");
    assertThat(scene.queued(EventPost.Step.DAY).get(0).id())
        .isNotEqualTo(scene.queued(EventPost.Step.DAY).get(1).id());
  }

  /** The next two clock changes (one spring, one autumn) of each zone, whatever today is. */
  static Stream<Arguments> clockChanges() {
    Instant now = Instant.now();
    return Stream.of("Europe/Berlin", "America/New_York")
        .flatMap(zone -> {
          ZoneOffsetTransition first = ZoneId.of(zone).getRules().nextTransition(now);
          ZoneOffsetTransition second =
              ZoneId.of(zone).getRules().nextTransition(first.getInstant());
          return Stream.of(Arguments.of(zone, first), Arguments.of(zone, second));
        });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("clockChanges")
  void onAClockChangeSundayTheDayBeforeReminderComesAtTheSameLocalTime(
      String zone, ZoneOffsetTransition change) {
    scene.core.clock.set(change.getInstant().minus(Duration.ofDays(10)));
    scene.hello("local", zone);
    scene.hello("away", "Asia/Tokyo");
    LocalDate sunday = change.getDateTimeAfter().toLocalDate();
    Instant start = eventOn(sunday, zone);
    scene.answer("local", "workshop", "going");
    scene.answer("away", "workshop", "going");
    Duration expected = change.isGap() ? Duration.ofHours(23) : Duration.ofHours(25);
    Instant localDue = start.minus(expected);

    scene.core.clock.set(localDue.minus(MINUTE));
    run();
    // Tokyo keeps no daylight saving: a plain 24 hours before, so before or after the local one.
    if (change.isGap()) {
      assertThat(scene.recipients(EventPost.Step.DAY)).containsExactly("away");
    } else {
      assertThat(scene.recipients(EventPost.Step.DAY)).isEmpty();
    }
    scene.core.clock.set(localDue);
    run();

    assertThat(scene.recipients(EventPost.Step.DAY)).contains("local");
    assertThat(start.atZone(ZoneId.of(zone)).toLocalTime()).hasToString("15:00");
    scene.core.clock.set(start.minus(Duration.ofHours(1)));
    run();
    assertThat(scene.recipients(EventPost.Step.HOUR)).containsExactlyInAnyOrder("local", "away");
  }
}
