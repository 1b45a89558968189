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
class EditingNameAndAudienceTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;

  EditingNameAndAudienceTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void anEventForAnnAndBen() {
    for (String who : new String[] {"ann", "ben", "cat", "dan"}) {
      scene.hello(who, "UTC");
    }
    scene.create("Circle", Duration.ofDays(4), "--capacity 1 --audience @ann,@ben");
    scene.answer("ann", "circle", "going");
    scene.answer("ben", "circle", "going");
  }

  private CalendarEvent event() {
    return scene.store().find(scene.user("x").workspace(), "circle").orElseThrow();
  }

  @Test
  void aRenameKeepsTheAnswersAndTheIdAndBothNamesFindTheEvent() {
    String reply = scene.last(scene.say("boss", "event edit Circle --name Listening circle"));

    assertThat(reply)
        .contains("Updated *Circle*: name Circle → Listening circle.")
        .contains("I'm telling the 2 people who answered.");
    assertThat(scene.compose(scene.queued(EventPost.Step.CHANGED).getFirst()).summary())
        .isEqualTo(
            "*Listening circle* has changed: name Circle → Listening circle. Your answer"
                + " still stands.");
    assertThat(event().name()).isEqualTo("Listening circle");
    assertThat(IcsFile.uid(event())).startsWith("circle.");
    assertThat(scene.last(scene.say("ann", "event show Listening circle")))
        .contains("Listening circle")
        .contains("[1] Going ✓");
    assertThat(scene.last(scene.say("ann", "event show Circle"))).contains("Listening circle");
    assertThat(scene.last(scene.say("ann", "event list"))).contains("• *Listening circle*");
  }

  @Test
  void aRenameToANameInUseOrTooLongIsRefused() {
    scene.create("Meetup", Duration.ofDays(5), "");

    assertThat(scene.last(scene.say("boss", "event edit Circle --name meetup")))
        .contains("There is already an event called *meetup*; pick another name.");
    assertThat(scene.last(scene.say("boss", "event edit Circle --name " + "n".repeat(81))))
        .contains("keep it to 80 or fewer");
    scene.say("boss", "event edit Circle --name Listening circle");
    assertThat(
            scene.last(
                scene.say(
                    "boss",
                    "event create Circle --at "
                        + scene.at(Duration.ofDays(6), java.time.ZoneId.of("UTC")))))
        .as("the first name stays the event's id")
        .contains("There is already an event called *Circle*");
    assertThat(event().name()).isEqualTo("Listening circle");
  }

  @Test
  void aNewAudienceInvitesNewcomersAndTellsThoseLeftOutWhoAnswered() {
    String reply = scene.last(scene.say("boss", "event edit Circle --audience @ben,@cat,@dan"));

    assertThat(reply)
        .contains("audience 2 named people → 3 named people")
        .contains("I'm inviting 2 new people.")
        .contains("I'm telling 1 person who answered and are no longer in the audience.");
    assertThat(scene.recipients(EventPost.Step.INVITE)).containsExactly("ann", "ben", "cat", "dan");
    assertThat(scene.compose(scene.queued(EventPost.Step.INVITE).get(3)).summary())
        .isEqualTo("You're invited to a workshop: Circle");
    assertThat(scene.recipients(EventPost.Step.REMOVED)).containsExactly("ann");
    assertThat(scene.compose(scene.queued(EventPost.Step.REMOVED).getFirst()).summary())
        .startsWith("*Circle*, on ")
        .endsWith(
            "is no longer open to you: its audience has changed. Sorry for the change;"
                + " you don't need to do anything.");
    var ws = scene.user("x").workspace();
    assertThat(scene.store().answers(ws, "circle")).containsOnlyKeys("ben");
    assertThat(scene.store().answers(ws, "circle")).containsEntry("ben", Rsvp.GOING);
    assertThat(scene.recipients(EventPost.Step.PROMOTED)).containsExactly("ben");
    assertThat(scene.recipients(EventPost.Step.CHANGED)).containsExactly("ben");
  }

  @Test
  void anAudienceThatCannotBeReadIsRefusedAndChangesNothing() {
    assertThat(scene.last(scene.say("boss", "event edit Circle --audience nobody")))
        .contains("`--audience` takes all, a #channel, or @user,@user");
    assertThat(event().audience())
        .isEqualTo(new org.allybot.core.campaign.Audience.Users(java.util.List.of("ann", "ben")));
    assertThat(scene.recipients(EventPost.Step.REMOVED)).isEmpty();
  }
}
