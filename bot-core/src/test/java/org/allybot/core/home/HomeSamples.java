package org.allybot.core.home;

import org.allybot.content.Sense;
import org.allybot.core.CoreContext;
import org.allybot.core.CoreHarness;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.recognition.Recognition;

/**
 * An admin's home at its longest, in one language, for the adapters' render tests: thanks received
 * in every sense, and more campaigns than Slack's App Home can hold (each name at its 80-character
 * limit). The harness needs "boss" as an admin.
 */
public final class HomeSamples {
  public static final int CAMPAIGNS = 60;

  private HomeSamples() {}

  public static Message adminHome(CoreHarness h, Language language) {
    CoreContext core = h.bot.context();
    h.say("boss", "language " + language.tag());
    for (int i = 1; i <= CAMPAIGNS; i++) {
      h.say("boss", "campaign create " + name(i) + " --polls mon,wed,fri@09:30");
    }
    h.say("boss", "campaign pause " + name(2));
    int n = 0;
    for (Sense sense : Sense.values()) {
      core.recognition()
          .store()
          .save(
              CoreHarness.WORKSPACE,
              new Recognition(
                  "r" + ++n,
                  "giver" + n,
                  "boss",
                  "making room",
                  "",
                  sense,
                  false,
                  Recognition.State.SENT,
                  core.clock().instant()));
    }
    return h.bot
        .handle(new CoreEvent.HomeOpened(Actor.of(CoreHarness.user("boss"), "boss")))
        .messages()
        .getFirst();
  }

  /** Campaign {@code i}'s name, 80 characters long. */
  public static String name(int i) {
    String head = "Campaign %02d for allyship in meetings, hallways and chats ".formatted(i);
    return (head + "x".repeat(80)).substring(0, 80);
  }
}
