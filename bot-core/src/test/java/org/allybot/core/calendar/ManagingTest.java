package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class ManagingTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;

  ManagingTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void anEventWithAnswers() {
    scene.hello("ann", "");
    scene.hello("ben", "");
    scene.hello("cat", "");
    scene.create("Bystander workshop", Duration.ofDays(4), "--where \"Room 4\" --facilitator @ann");
    scene.answer("ann", "bystander-workshop", "going");
    scene.answer("ben", "bystander-workshop", "maybe");
  }

  @Test
  void listShowsWhatIsComingWithCountsButNoNames() {
    scene.create("Later meetup", Duration.ofDays(9), "--kind meetup --capacity 10");

    String list = scene.last(scene.say("cat", "event list"));

    assertThat(list)
        .contains("== Coming up ==")
        .contains("• *Bystander workshop* (workshop)")
        .contains("Going 1 · Maybe 1 · Can't 0")
        .contains("• *Later meetup* (meetup)")
        .contains("Going 0 of 10")
        .doesNotContain("<@ann>");
    assertThat(list.indexOf("Bystander")).isLessThan(list.indexOf("Later meetup"));
  }

  @Test
  void listSaysSoWhenNothingIsComing() {
    scene.core.clock.advance(Duration.ofDays(5));

    assertThat(scene.last(scene.say("cat", "event list"))).contains("No events coming up.");
  }

  @Test
  void showGivesTheMemberTheInvitationWithTheirAnswerAndAdminsTheNames() {
    String member = scene.last(scene.say("ben", "event show bystander workshop"));
    String admin = scene.last(scene.say("boss", "event show Bystander workshop"));

    assertThat(member)
        .contains("*Facilitator:* <@ann>")
        .contains("[2] Maybe ✓")
        .contains("Going 1 · Maybe 1")
        .doesNotContain("Going: <@ann>");
    assertThat(admin).contains("Going: <@ann>. Maybe: <@ben>.");
    assertThat(scene.last(scene.say("ben", "event show Nothing here")))
        .contains("There is no event called `Nothing here`");
  }

  @Test
  void icsPrintsTheCalendarFileForTheShell() {
    String ics = scene.last(scene.say("cat", "event ics Bystander workshop"));

    assertThat(ics)
        .contains("BEGIN:VCALENDAR")
        .contains("SUMMARY:Bystander workshop")
        .contains("LOCATION:Room 4")
        .contains("END:VCALENDAR");
  }

  @Test
  void cancellingTellsEveryoneWhoAnswered() {
    String reply = scene.last(scene.say("boss", "event cancel Bystander workshop"));

    assertThat(reply)
        .contains("Cancelled *Bystander workshop*. I'm telling the 2 people who answered.");
    assertThat(scene.recipients(EventPost.Step.CANCELLED)).containsExactlyInAnyOrder("ann", "ben");
    assertThat(scene.compose(scene.queued(EventPost.Step.CANCELLED).getFirst()).summary())
        .startsWith("*Bystander workshop*, planned for ")
        .contains("is cancelled");
    assertThat(scene.skipped(scene.queued(EventPost.Step.INVITE).getFirst()))
        .as("an invitation not yet sent is dropped")
        .isTrue();
    assertThat(scene.last(scene.say("boss", "event cancel Bystander workshop")))
        .contains("was already cancelled");
    assertThat(scene.last(scene.say("ben", "event cancel Bystander workshop")))
        .contains("Only Allybot admins");
  }

  @Test
  void editingTellsEveryoneWhoAnsweredWhatChanged() {
    String when = scene.at(Duration.ofDays(5), java.time.ZoneId.of("UTC"));

    String reply =
        scene.last(
            scene.say(
                "boss", "event edit Bystander workshop --at " + when + " --where \"Room 5\""));

    assertThat(reply)
        .contains("Updated *Bystander workshop*: time ")
        .contains("place Room 4 → Room 5")
        .contains("I'm telling the 2 people who answered.");
    assertThat(scene.recipients(EventPost.Step.CHANGED)).containsExactlyInAnyOrder("ann", "ben");
    String notice = scene.compose(scene.queued(EventPost.Step.CHANGED).getFirst()).summary();
    assertThat(notice).contains("has changed: time").contains("place Room 4 → Room 5");
    CalendarEvent e =
        scene.store().find(scene.user("x").workspace(), "bystander-workshop").orElseThrow();
    assertThat(e.where()).isEqualTo("Room 5");
    assertThat(e.revision()).isEqualTo(1);
  }

  @Test
  void editingWithNothingNewOrSomethingWrongSaysWhatToDo() {
    assertThat(scene.last(scene.say("boss", "event edit Bystander workshop --where \"Room 4\"")))
        .contains("Say what to change");
    assertThat(scene.last(scene.say("boss", "event edit Bystander workshop --capacity 0")))
        .contains("`--capacity` takes a number of places from 1 to 10000");
    assertThat(scene.last(scene.say("boss", "event edit Bystander workshop --campaign x")))
        .contains("I don't know the option `--campaign`");
    assertThat(scene.recipients(EventPost.Step.CHANGED)).isEmpty();
  }
}
