package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.CoreEvent;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

@ExtendWith(EmbeddedRedisExtension.class)
class LateJoinersTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;

  LateJoinersTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void eventsForAChannel() {
    scene.hello("ann", "UTC");
    scene.create("Circle", Duration.ofDays(3), "--audience <#C0ALLIES>");
    scene.create("Other", Duration.ofDays(3), "--audience <#C0ELSE>");
    scene.create("Gone", Duration.ofDays(4), "--audience <#C0ALLIES>");
    scene.say("boss", "event cancel Gone");
  }

  private void joins(String user, String channel) {
    scene.core.bot.handle(new CoreEvent.MemberJoined(CoreHarness.WORKSPACE, channel, user));
  }

  @Test
  void someoneWhoJoinsTheChannelBeforeTheEventIsInvitedToItOnly() {
    joins("ann", "C0ALLIES");

    assertThat(scene.recipients(EventPost.Step.INVITE)).containsExactly("ann");
    Delivery invite = scene.queued(EventPost.Step.INVITE).getFirst();
    assertThat(invite.data()).containsEntry(EventPost.EVENT, "circle");
    assertThat(scene.compose(invite).summary()).isEqualTo("You're invited to a workshop: Circle");
  }

  @Test
  void joiningTwiceOrAfterAnsweringGivesNoSecondInvitation() {
    joins("ann", "C0ALLIES");
    joins("ann", "C0ALLIES");

    assertThat(scene.queued(EventPost.Step.INVITE).stream().map(Delivery::id).distinct())
        .as("the same delivery id both times, so the queue posts it once")
        .hasSize(1);
    scene.answer("ann", "circle", "going");
    int before = scene.queued(EventPost.Step.INVITE).size();
    joins("ann", "C0ALLIES");
    assertThat(scene.queued(EventPost.Step.INVITE)).hasSize(before);
  }

  @Test
  void joiningAfterTheEventHasStartedInvitesNobody() {
    scene.core.clock.advance(Duration.ofDays(3).plusMinutes(1));

    joins("ann", "C0ALLIES");

    assertThat(scene.recipients(EventPost.Step.INVITE)).isEmpty();
  }
}
