package org.allybot.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.allybot.core.delivery.Delivery;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.PerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each member reads the calendar in their own language, whatever the organiser's. */
@ExtendWith(EmbeddedRedisExtension.class)
class CalendarInSpanishTest {
  @RegisterExtension static final PerTest<CalendarScene> SCENE = CalendarScene.perTest();
  private final CalendarScene scene;

  CalendarInSpanishTest(CalendarScene scene) {
    this.scene = scene;
  }

  @BeforeEach
  void anaReadsSpanishAndBenEnglish() {
    scene.hello("ana", "UTC");
    scene.hello("ben", "UTC");
    scene.say("ana", "language es");
    scene.create(
        "Circle",
        Duration.ofDays(3),
        "--kind circle --capacity 1 --where \"Sala 4\" --audience @ana,@ben");
  }

  @Test
  void theInvitationAnswersAndRemindersAreInTheMembersLanguage() {
    Delivery ana = scene.queued(EventPost.Step.INVITE).getFirst();
    assertThat(ana.userId()).isEqualTo("ana");
    String invitation = scene.last(scene.compose(ana));
    assertThat(invitation)
        .contains("Te invitamos a un círculo de escucha, *Circle*, el ")
        .contains("(1 hora)")
        .contains("*Dónde:* Sala 4")
        .contains("1 plaza; cuando se ocupe, «Voy» te apunta a la lista de espera.")
        .contains("[1] Voy\n  [2] Quizá\n  [3] No puedo");
    assertThat(scene.last(scene.compose(scene.queued(EventPost.Step.INVITE).get(1))))
        .contains("You're invited to a listening circle, *Circle*");

    assertThat(scene.last(scene.answer("ana", "circle", "going")))
        .contains("Vas. Te lo recordaré un día y una hora antes.");
    assertThat(scene.last(scene.answer("ben", "circle", "going")))
        .contains("It's full, so you're number 1 on the waitlist.");
    assertThat(scene.last(scene.say("ana", "event list")))
        .contains("== Próximamente ==")
        .contains("• *Circle* (círculo de escucha)")
        .contains("Van 1 de 1 · Quizá 0 · No pueden 0 · En espera 1");

    scene.core.clock.advance(Duration.ofDays(2));
    scene.core.bot.sendEventTimers();
    assertThat(scene.compose(scene.queued(EventPost.Step.DAY).getFirst()).summary())
        .isEqualTo("Mañana: Circle");
  }

  @Test
  void anEditByAnEnglishOrganiserReachesASpanishMemberInSpanish() {
    scene.answer("ana", "circle", "going");

    String reply =
        scene.last(scene.say("boss", "event edit Circle --where \"Sala 5\" --length 90m"));

    assertThat(reply)
        .contains("Updated *Circle*: length 1 hour → 1 h 30 min; place Sala 4 → Sala 5.");
    assertThat(scene.compose(scene.queued(EventPost.Step.CHANGED).getFirst()).summary())
        .isEqualTo(
            "*Circle* ha cambiado: duración: 1 hora → 1 h 30 min; lugar: Sala 4 → Sala 5. Tu"
                + " respuesta sigue en pie.");
  }

  @Test
  void mistakesAreExplainedInTheLanguageOfWhoeverMadeThem() {
    scene.say("boss", "language es");

    assertThat(scene.last(scene.say("boss", "event create Otro --at mañana")))
        .contains("No entiendo `mañana` como fecha y hora");
    assertThat(scene.last(scene.say("ana", "event create Mío --at 2030-01-01T10:00")))
        .contains("Solo quienes administran Allybot pueden crear");
    assertThat(scene.last(scene.say("ana", "help"))).contains("*Calendario del programa*");
  }
}
