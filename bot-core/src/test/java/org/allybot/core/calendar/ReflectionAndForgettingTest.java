package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class ReflectionAndForgettingTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;
  private Instant start;

  ReflectionAndForgettingTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void anEventWithAWaitlist() {
    for (String who : new String[] {"ann", "ben", "cat"}) {
      scene.hello(who, "UTC");
    }
    scene.create("Circle", Duration.ofDays(2), "--capacity 1 --kind circle");
    start = scene.store().find(scene.user("x").workspace(), "circle").orElseThrow().start();
    scene.answer("ann", "circle", "going");
    scene.answer("ben", "circle", "going");
  }

  @Test
  void oneThingYoullTryBecomesACommitmentWithTheSevenDayCheckIn() {
    scene.core.clock.set(start.plus(Duration.ofHours(2)));
    Reply form = scene.press("ann", EventMessages.REFLECT, "circle");
    assertThat(form.form().formId()).isEqualTo("calendar.reflect|circle");

    Reply empty = scene.submit("ann", form.form().formId(), Map.of("try", "  "));
    assertThat(empty.fieldErrors()).containsKey("try");
    Reply tooLong = scene.submit("ann", form.form().formId(), Map.of("try", "x".repeat(501)));
    assertThat(tooLong.fieldErrors().get("try")).contains("Keep it to 500 characters");
    Reply noted =
        scene.submit("ann", form.form().formId(), Map.of("try", "Ask quieter people first"));
    String due = scene.now().atZone(ZoneId.of("UTC")).toLocalDate().plusDays(7).toString();
    assertThat(scene.last(noted))
        .isEqualTo(
            "Noted: you'll try \"Ask quieter people first\". I'll check in on "
                + due
                + " to ask how it went.");

    scene.core.clock.advance(Duration.ofDays(7));
    assertThat(scene.core.bot.sendDueCheckIns()).isEqualTo(1);
    Delivery checkIn =
        scene.core.outbox.stream()
            .filter(d -> d.kind() == Delivery.Kind.CHECK_IN)
            .findFirst()
            .orElseThrow();
    String shown = scene.last(scene.compose(checkIn));
    assertThat(shown)
        .contains("A week ago, after *Circle*, you planned to try: _Ask quieter people first_")
        .contains("[1] I tried it [2] Not yet [3] Skip");

    assertThat(scene.last(scene.press("ann", EventMessages.CHECK_IN, "circle|not-yet")))
        .contains("I'll ask again in a week");
    scene.core.clock.advance(Duration.ofDays(7));
    assertThat(scene.core.bot.sendDueCheckIns()).isEqualTo(1);
    assertThat(scene.last(scene.press("ann", EventMessages.CHECK_IN, "circle|tried")))
        .contains("trying it is the whole point");
    assertThat(scene.last(scene.press("cat", EventMessages.CHECK_IN, "circle|tried")))
        .isEqualTo("That event is no longer open for answers.");
  }

  @Test
  void forgetMeRemovesAnswersAndReflectionsAndGivesThePlaceToTheWaitlist() {
    assertThat(scene.last(scene.say("ann", "forget-me")))
        .contains("This deletes everything Allybot keeps about you");
    scene.press("ann", org.allybot.core.member.MemberCommands.FORGET, "confirm");
    var ws = scene.user("x").workspace();

    assertThat(scene.store().answers(ws, "circle")).containsOnlyKeys("ben");
    assertThat(scene.store().waitlist(ws, "circle")).isEmpty();
    assertThat(scene.store().answers(ws, "circle")).containsEntry("ben", Rsvp.GOING);
    assertThat(scene.recipients(EventPost.Step.PROMOTED)).containsExactly("ben");
  }

  @Test
  void forgettingAFacilitatorTakesTheirNameOffTheEvent() {
    scene.create("Led", Duration.ofDays(3), "--facilitator @cat --audience @cat,@ben");

    scene.press("cat", org.allybot.core.member.MemberCommands.FORGET, "confirm");

    CalendarEvent led = scene.store().find(scene.user("x").workspace(), "led").orElseThrow();
    assertThat(led.facilitator()).isEmpty();
    assertThat(led.audience())
        .isEqualTo(new org.allybot.core.campaign.Audience.Users(java.util.List.of("ben")));
  }

  @Test
  void theWorkspacePurgeRemovesEventsAndAnswers() {
    scene.core.bot.context().eraser().deleteWorkspace(scene.user("x").workspace());

    assertThat(scene.store().all(scene.user("x").workspace())).isEmpty();
    assertThat(scene.store().answers(scene.user("x").workspace(), "circle")).isEmpty();
    assertThat(scene.store().startingBetween(start.minusSeconds(1), start.plusSeconds(1)))
        .isEmpty();
  }
}
