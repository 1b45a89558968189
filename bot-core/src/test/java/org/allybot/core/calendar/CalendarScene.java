package org.allybot.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.UserRef;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Message;
import org.allybot.testkit.PerTest;

/** A core with one admin ("boss") and a few members, and the calendar's deliveries at hand. */
final class CalendarScene implements AutoCloseable {
  final CoreHarness core;

  CalendarScene(CoreHarness core) {
    this.core = core;
  }

  static PerTest<CalendarScene> perTest() {
    return PerTest.of(
        CalendarScene.class, endpoint -> new CalendarScene(new CoreHarness(endpoint, "boss")));
  }

  /** The member says hello from {@code zone}, so Allybot knows them and their zone. */
  void hello(String user, String zone) {
    core.bot.handle(
        new CoreEvent.ProfileChanged(new Actor(CoreHarness.user(user), user, false, zone)));
  }

  Reply say(String user, String text) {
    return core.say(user, text);
  }

  String text(Reply reply) {
    return CoreHarness.text(reply);
  }

  /** The last message of a reply, as the shell prints it (after any first-time introduction). */
  String last(Reply reply) {
    return CoreHarness.text(reply.messages().getLast());
  }

  String last(Message message) {
    return CoreHarness.text(message);
  }

  Reply submit(String user, String formId, java.util.Map<String, String> values) {
    return CoreHarness.checked(
        core.bot.handle(
            new CoreEvent.FormSubmitted(Actor.of(CoreHarness.user(user), user), formId, values)));
  }

  /** Creates an event as the admin, {@code ahead} of now in UTC, with more options. */
  String create(String name, Duration ahead, String options) {
    return last(
        say(
            "boss",
            "event create \""
                + name
                + "\" --at "
                + at(ahead, ZoneId.of("UTC"))
                + " --tz UTC "
                + options));
  }

  Reply press(String user, String action, String value) {
    return core.press(user, action, value);
  }

  Reply answer(String user, String eventId, String rsvp) {
    return press(user, EventMessages.RSVP, eventId + "|" + rsvp);
  }

  /** A local date-time {@code ahead} of the core's clock in {@code zone}, for {@code --at}. */
  String at(Duration ahead, ZoneId zone) {
    return core.clock
        .instant()
        .plus(ahead)
        .atZone(zone)
        .toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES)
        .toString();
  }

  Instant now() {
    return core.clock.instant();
  }

  /** The calendar deliveries queued so far, with this step, in order. */
  List<Delivery> queued(EventPost.Step step) {
    return core.outbox.stream()
        .filter(d -> d.kind() == Delivery.Kind.EVENT)
        .filter(d -> d.data().get(EventPost.STEP).equals(step.word()))
        .toList();
  }

  List<String> recipients(EventPost.Step step) {
    return queued(step).stream().map(Delivery::userId).toList();
  }

  /** What the delivery would post now; fails the test if the composer would skip it. */
  Message compose(Delivery d) {
    return switch (core.bot.composer().compose(d)) {
      case Composed.Send send -> send.message();
      case Composed.Skip skip -> throw new AssertionError("skipped: " + skip.reason());
    };
  }

  boolean skipped(Delivery d) {
    return core.bot.composer().compose(d) instanceof Composed.Skip;
  }

  CalendarStore store() {
    return core.bot.context().calendar().store();
  }

  UserRef user(String id) {
    return CoreHarness.user(id);
  }

  @Override
  public void close() {
    core.close();
  }
}
