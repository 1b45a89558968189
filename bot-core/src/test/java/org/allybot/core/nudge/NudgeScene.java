package org.allybot.core.nudge;

import java.util.List;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;

/** A channel with nudges on, and people posting in it, on the core harness. */
final class NudgeScene {
  static final String CHANNEL = "C-allies";

  private final CoreHarness harness;

  NudgeScene(CoreHarness harness) {
    this.harness = harness;
  }

  NudgeScene switchedOn() {
    harness.say("boss", "nudges on #" + CHANNEL);
    return this;
  }

  /** What the author privately sees after posting {@code text} in {@code channel}. */
  Reply post(String author, String channel, String text) {
    return CoreHarness.checked(
        harness.bot.handle(
            new CoreEvent.MessageReceived(
                Actor.of(CoreHarness.user(author), author), channel, "", text)));
  }

  Reply post(String author, String text) {
    return post(author, CHANNEL, text);
  }

  /** The rule id of the nudge in the reply, or "" when there is none. */
  static String rule(Reply reply) {
    List<String> values =
        reply.messages().stream().flatMap(m -> m.buttons().stream()).map(b -> b.value()).toList();
    return values.isEmpty() ? "" : values.getFirst();
  }
}
