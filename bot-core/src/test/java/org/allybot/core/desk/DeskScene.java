package org.allybot.core.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.Allybot;
import org.allybot.core.CoreHarness;
import org.allybot.core.RecordingChatPlatform;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.store.RedisCoreContext;
import org.allybot.testkit.PerTest;
import org.allybot.testkit.RedisEndpoint;

/**
 * A workspace whose admin {@code boss} put {@code ann} and {@code ben} on the desk rota and {@code
 * hana} in HR: people report, the rota handles it, and a test reads replies, private messages and
 * the store.
 */
final class DeskScene implements AutoCloseable {
  final CoreHarness h;
  Allybot bot;

  DeskScene(RedisEndpoint redis) {
    this.h = new CoreHarness(redis, "boss");
    this.bot = h.bot;
    say("boss", "desk rota @ann @ben");
    say("boss", "desk hr @hana");
  }

  static PerTest<DeskScene> perTest() {
    return PerTest.of(DeskScene.class, DeskScene::new);
  }

  static Actor actor(String id) {
    return Actor.of(CoreHarness.user(id), id);
  }

  Reply say(String who, String text) {
    return CoreHarness.checked(bot.handle(new CoreEvent.CommandInvoked(actor(who), text, "")));
  }

  String text(String who, String text) {
    return CoreHarness.text(say(who, text));
  }

  Reply press(String who, String action, String value) {
    return CoreHarness.checked(bot.handle(new CoreEvent.ChoiceSelected(actor(who), action, value)));
  }

  Reply submit(String who, Map<String, String> values) {
    return CoreHarness.checked(
        bot.handle(new CoreEvent.FormSubmitted(actor(who), DeskForm.ID, values)));
  }

  /** A report with {@code what}, anonymous by default, and any other fields given in pairs. */
  Reply report(String who, String what, String... fields) {
    Map<String, String> values = new HashMap<>();
    values.put(DeskForm.WHAT, what);
    for (int i = 0; i + 1 < fields.length; i += 2) {
      values.put(fields[i], fields[i + 1]);
    }
    return submit(who, values);
  }

  /** A reply in the private conversation, in the thread of message {@code threadId}. */
  Reply privateReply(String who, String threadId, String text) {
    return CoreHarness.checked(
        bot.handle(new CoreEvent.MessageReceived(actor(who), "", threadId, text)));
  }

  /** The private messages {@code who} received, in order. */
  List<RecordingChatPlatform.Sent> dms(String who) {
    return h.platform.sends().stream()
        .filter(s -> s.to().conversationId().equals("D-" + who))
        .toList();
  }

  String lastDm(String who) {
    List<RecordingChatPlatform.Sent> all = dms(who);
    return all.isEmpty() ? "" : CoreHarness.text(all.getLast().message());
  }

  /** The same Redis under a new core, as after a restart of the server. */
  void restart() {
    bot =
        new Allybot(
            RedisCoreContext.on(h.redis, CoreHarness.KEY)
                .config(h.bot.context().config())
                .clock(h.clock)
                .curriculum(h.bot.context().curriculum())
                .outbox(h.outbox::add)
                .platforms(h.bot.context().platforms())
                .build(),
            ScheduleSync.NONE);
  }

  @Override
  public void close() {
    h.close();
  }
}
