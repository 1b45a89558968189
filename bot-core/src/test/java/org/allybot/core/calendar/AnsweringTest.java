package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.delivery.Delivery;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class AnsweringTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;

  AnsweringTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void twoPlaces() {
    for (String who : new String[] {"ann", "ben", "cat", "dan"}) {
      scene.hello(who, "Europe/London");
    }
    scene.create("Small circle", Duration.ofDays(3), "--capacity 2 --kind circle");
  }

  private Map<String, Rsvp> answers() {
    return scene.store().answers(scene.user("x").workspace(), "small-circle");
  }

  @Test
  void goingBeyondCapacityJoinsTheWaitlistAndTheReplySaysWhichPlace() {
    scene.answer("ann", "small-circle", "going");
    scene.answer("ben", "small-circle", "going");

    String cat = scene.last(scene.answer("cat", "small-circle", "going"));
    String dan = scene.last(scene.answer("dan", "small-circle", "going"));

    assertThat(cat).contains("[1] Going ✓").contains("number 1 on the waitlist");
    assertThat(dan).contains("number 2 on the waitlist");
    assertThat(answers())
        .containsEntry("ann", Rsvp.GOING)
        .containsEntry("ben", Rsvp.GOING)
        .containsEntry("cat", Rsvp.WAITLIST)
        .containsEntry("dan", Rsvp.WAITLIST);
    assertThat(scene.store().waitlist(scene.user("x").workspace(), "small-circle"))
        .containsExactly("cat", "dan");
  }

  @Test
  void whenSomeoneGoingCancelsTheFirstWaitlistedMovesUpAndIsTold() {
    scene.answer("ann", "small-circle", "going");
    scene.answer("ben", "small-circle", "going");
    scene.answer("cat", "small-circle", "going");
    scene.answer("dan", "small-circle", "going");

    String ben = scene.last(scene.answer("ben", "small-circle", "cant"));

    assertThat(ben).contains("You can't make it").contains("[3] Can't ✓");
    assertThat(answers()).containsEntry("cat", Rsvp.GOING).containsEntry("dan", Rsvp.WAITLIST);
    assertThat(scene.recipients(EventPost.Step.PROMOTED)).containsExactly("cat");
    Delivery told = scene.queued(EventPost.Step.PROMOTED).getFirst();
    assertThat(scene.compose(told).summary())
        .startsWith("A place opened up: you're now going to *Small circle*");
    assertThat(scene.last(scene.answer("dan", "small-circle", "going")))
        .as("still waiting: asking again keeps the place in line")
        .contains("number 1 on the waitlist");
  }

  @Test
  void aDuplicateClickChangesNothingAndAChangedAnswerIsKept() {
    scene.answer("ann", "small-circle", "going");
    scene.answer("ann", "small-circle", "going");
    scene.answer("ben", "small-circle", "maybe");
    scene.answer("ben", "small-circle", "maybe");
    scene.answer("cat", "small-circle", "going");

    assertThat(answers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("ann", Rsvp.GOING, "ben", Rsvp.MAYBE, "cat", Rsvp.GOING));

    scene.answer("ann", "small-circle", "maybe");
    assertThat(answers()).containsEntry("ann", Rsvp.MAYBE);
    assertThat(scene.recipients(EventPost.Step.PROMOTED)).isEmpty();
  }

  @Test
  void raisingTheCapacityLetsTheWaitlistInAndTellsThem() {
    scene.answer("ann", "small-circle", "going");
    scene.answer("ben", "small-circle", "going");
    scene.answer("cat", "small-circle", "going");

    String reply = scene.last(scene.say("boss", "event edit Small circle --capacity 3"));

    assertThat(reply).contains("Updated *Small circle*: places 2 → 3");
    assertThat(answers()).containsEntry("cat", Rsvp.GOING);
    assertThat(scene.recipients(EventPost.Step.PROMOTED)).containsExactly("cat");
  }

  @Test
  void oddOrStaleButtonValuesGetAPoliteAnswerAndStoreNothing() {
    for (String value :
        new String[] {
          "", "small-circle", "small-circle|waitlist", "small-circle|yes", "nope|going", "a|b|c"
        }) {
      assertThat(scene.last(scene.press("ann", EventMessages.RSVP, value)))
          .isEqualTo("That event is no longer open for answers.");
    }
    assertThat(scene.last(scene.press("ann", "calendar.unknown", "x")))
        .isEqualTo("That event is no longer open for answers.");
    assertThat(answers()).isEmpty();
  }

  @Test
  void answersToACancelledOrPastEventAreRefused() {
    scene.say("boss", "event cancel Small circle");
    assertThat(scene.last(scene.answer("ann", "small-circle", "going")))
        .isEqualTo("That event is no longer open for answers.");

    scene.create("Soon", Duration.ofHours(2), "");
    scene.core.clock.advance(Duration.ofHours(3));
    assertThat(scene.last(scene.answer("ann", "soon", "going")))
        .isEqualTo("That event is no longer open for answers.");
  }
}
