package org.allybot.core.digest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.content.Lesson;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.Sense;
import org.allybot.core.CoreContext;
import org.allybot.core.CoreHarness;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.delivery.Composed;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.language.Language;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollTally;
import org.allybot.core.practice.Weeks;
import org.allybot.core.recognition.Recognition;

/**
 * The weekly digest at its longest, in one channel language, for the adapters' render tests: a
 * campaign name at its 80-character limit, every lesson and every scenario of the pack sent in the
 * week with results, a featured thread whose texts are at the community's limits, and more public
 * thanks than the digest lists. The harness needs "boss" as an admin.
 */
public final class DigestSamples {
  public static final String CHANNEL = "C9DIGEST";
  public static final String NAME =
      ("Allyship practice for every team " + "x".repeat(80)).substring(0, 80);

  private DigestSamples() {}

  public static Message longest(CoreHarness h, Language language) {
    CoreContext core = h.bot.context();
    h.say("boss", "campaign create " + NAME + " --digest fri@16:00 <#" + CHANNEL + "|digest>");
    h.say("boss", "channel language <#" + CHANNEL + "|digest> " + language.tag());
    h.say("boss", "community set <#C1|allies>");
    String campaign = Campaign.idOf(NAME);
    String week = Weeks.of(core.today());
    Instant now = core.clock().instant();
    for (Lesson l : core.curriculum().lessons()) {
      core.weeks().sent(CoreHarness.WORKSPACE, campaign, week, "lesson", l.id());
    }
    for (Scenario s : core.curriculum().scenarios()) {
      core.weeks().sent(CoreHarness.WORKSPACE, campaign, week, "poll", s.id());
      List<ScenarioOption> options = s.opening().options();
      for (int i = 0; i < 7; i++) {
        core.answers()
            .record(
                CoreHarness.user("m" + i),
                s.id() + "/" + Scenario.OPENING,
                options.get(i % options.size()).id(),
                now,
                PollTally.NONE);
      }
    }
    for (int i = 0; i < 12; i++) {
      core.weeks().active(CoreHarness.WORKSPACE, campaign, week, "m" + i);
    }
    featuredThread(h);
    int n = 0;
    for (Sense sense : Sense.values()) {
      for (int i = 0; i < 4; i++) {
        core.recognition()
            .store()
            .save(
                CoreHarness.WORKSPACE,
                new Recognition(
                    "r" + ++n,
                    "U0GIVER" + n,
                    "U0THANKED" + n,
                    words(1000),
                    "",
                    sense,
                    true,
                    Recognition.State.PUBLIC,
                    now));
      }
    }
    Delivery digest =
        Delivery.toChannel(
            "digest-" + CHANNEL,
            CoreHarness.WORKSPACE,
            CHANNEL,
            Delivery.Kind.DIGEST,
            Map.of("campaign", campaign));
    return ((Composed.Send) h.bot.composer().compose(digest)).message();
  }

  private static void featuredThread(CoreHarness h) {
    Map<String, String> values = new HashMap<>();
    values.put("situation", words(2000));
    values.put("anonymous", "yes");
    h.bot.handle(
        new CoreEvent.FormSubmitted(
            Actor.of(CoreHarness.user("alice"), "alice"), "community.ask", values));
    h.say("bob", "advise 1 Suggest a rota for note-taking. --anonymous");
    h.say("alice", "resolve 1 " + words(1900) + " --feature");
  }

  /** Ordinary words up to {@code length} characters, so that a cut shows where it falls. */
  public static String words(int length) {
    StringBuilder text = new StringBuilder();
    String[] words = {
      "notice", "the", "moment", "and", "ask", "gently", "what", "would", "help", "quietly"
    };
    for (int i = 0; text.length() < length; i++) {
      text.append(words[i % words.length]).append(' ');
    }
    return text.substring(0, length).strip();
  }
}
