package org.allybot.core.recognition;

import java.util.List;
import java.util.Map;
import org.allybot.core.CoreHarness;
import org.allybot.core.DeliveryException;
import org.allybot.core.MessageRef;
import org.allybot.core.Recipient;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.message.Button;
import org.allybot.core.message.Message;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;

/**
 * A workspace where {@code boss} is an admin and people thank each other: a test says commands,
 * presses buttons, and reads the deliveries queued for recipients and the channel as they would be
 * sent.
 */
final class ThanksScene implements AutoCloseable {
  static final String CHANNEL = "CKUDOS";

  final CoreHarness h;

  ThanksScene(RedisEndpoint redis) {
    this.h = new CoreHarness(redis, "boss");
  }

  static PerTest<ThanksScene> perTest() {
    return PerTest.of(ThanksScene.class, ThanksScene::new);
  }

  String say(String who, String text) {
    return CoreHarness.text(reply(who, text));
  }

  /** The reply without the one-time introduction a member's first reply starts with. */
  Reply reply(String who, String text) {
    return withoutIntroduction(h.say(who, text));
  }

  Reply press(String who, Button button) {
    return withoutIntroduction(h.press(who, button.action(), button.value()));
  }

  static Reply withoutIntroduction(Reply reply) {
    List<Message> rest =
        reply.messages().stream().filter(m -> !m.summary().equals("Hi, I'm Allybot.")).toList();
    return new Reply(rest, reply.replaceOriginal(), reply.form(), reply.fieldErrors());
  }

  Reply submit(String who, String formId, Map<String, String> values) {
    return CoreHarness.checked(
        h.bot.handle(
            new CoreEvent.FormSubmitted(Actor.of(CoreHarness.user(who), who), formId, values)));
  }

  void setChannel() {
    h.say("boss", "thanks channel <#" + CHANNEL + "|kudos>");
  }

  /** The recognition deliveries queued so far, in order. */
  List<Delivery> deliveries() {
    return h.outbox.stream().filter(d -> d.kind() == Delivery.Kind.RECOGNITION).toList();
  }

  List<Delivery> toChannel() {
    return deliveries().stream().filter(d -> !d.isDirect()).toList();
  }

  List<Delivery> toMembers() {
    return deliveries().stream().filter(Delivery::isDirect).toList();
  }

  /** The message a delivery would send now; fails if the composer would skip it. */
  Message composed(Delivery d) {
    return ((Composed.Send) h.bot.composer().compose(d)).message();
  }

  String composedText(Delivery d) {
    return CoreHarness.text(composed(d));
  }

  /** Posts a delivery as the delivery engine would, and tells the composer where it landed. */
  MessageRef deliver(Delivery d) {
    try {
      MessageRef ref = h.platform.send(new Recipient(d.workspace(), d.channelId()), composed(d));
      h.bot.composer().sent(d, ref);
      return ref;
    } catch (DeliveryException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Recognition> stored() {
    return h.bot.context().recognition().store().all(CoreHarness.WORKSPACE);
  }

  @Override
  public void close() {
    h.close();
  }
}
