package org.allybot.bench.slack;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.CoreContext;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignFanOut;
import org.allybot.core.campaign.CampaignOptions;
import org.allybot.core.campaign.Occurrence;
import org.allybot.core.campaign.OccurrenceKind;
import org.allybot.core.campaign.Slot;
import org.allybot.core.delivery.RateLimits;
import org.allybot.core.member.MemberDirectory;
import org.allybot.server.Server;
import org.allybot.server.runtime.AllybotRuntime;
import org.allybot.server.runtime.TempFolder;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.slack.FakeSlackApi;
import org.allybot.testkit.slack.SlackSigner;

/**
 * One poll to every member of a 10,000-member channel, through the Slack adapter against the fake
 * Web API enforcing Slack's limits sped up 20 times: a cold run (every DM opened first, so
 * conversations.open's 50/min bounds it) and a warm run (DM ids known, so chat.postMessage's
 * workspace rate does), each against its floor.
 */
final class FanOutLoad {
  static final String CHANNEL = "C0EVERYONE1";
  static final WorkspaceId WS = new WorkspaceId(Platform.SLACK, FakeSlackApi.TEAM);

  private FanOutLoad() {}

  static void run(int members, double speedUp) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      ids.add(String.format("U0F%07d", i));
    }
    double posts = 8 * speedUp;
    double opens = 50.0 / 60 * speedUp;
    Map<Platform, RateLimits> limits = new HashMap<>(AllybotRuntime.defaultLimits());
    limits.put(Platform.SLACK, RateLimits.slack(posts, speedUp, opens));
    try (TempFolder data = TempFolder.create("allybot-bench");
        FakeSlackApi fake =
            FakeSlackApi.start().keepParams(false).limits(speedUp, 8, 1).channel(CHANNEL, ids);
        Server server =
            Server.start(
                Map.of(
                    "PORT", Integer.toString(EmbeddedRedisExtension.freePort()),
                    "ALLYBOT_DATA_DIR", data.path().toString(),
                    "SLACK_SIGNING_SECRET", SlackSigner.SECRET,
                    "SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN,
                    "SLACK_API_URL", fake.apiUrl()),
                Clock.systemUTC(),
                limits)) {
      CoreContext core = server.runtime().bot().context();
      Campaign c =
          CampaignOptions.create(
              org.allybot.core.language.Messages.english(),
              WS,
              "Bench",
              Map.of("audience", "<#" + CHANNEL + ">", "mandatory", "", "polls", "mon@09:30"),
              core.today(),
              core.config().defaultTime(),
              Set.of());
      core.campaigns().save(c); // saved directly: no welcome, so the poll is the first contact
      MemberDirectory directory = new MemberDirectory(core);
      for (String id : ids) {
        directory.byId(new UserRef(WS, id)); // known members, as after they joined the channel
      }
      CampaignFanOut fanOut = new CampaignFanOut(core);
      System.out.printf(
          "Fan-out: %d members, Slack limits x%.0f (postMessage %.0f/s per workspace, %.0f/s per"
              + " channel; conversations.open %.1f/s)%n",
          members, speedUp, posts, speedUp, opens);
      Slot slot = new Slot(ZoneId.of("UTC"), LocalTime.of(9, 30));
      run(
          "cold (conversations.open-bound)",
          fake,
          members,
          members / opens,
          () ->
              fanOut.fire(
                  new Occurrence(
                      WS,
                      c.id(),
                      OccurrenceKind.POLL,
                      slot,
                      Instant.parse("2026-11-30T09:30:00Z"))));
      run(
          "warm (DM ids known)",
          fake,
          members,
          members / posts,
          () ->
              fanOut.fire(
                  new Occurrence(
                      WS,
                      c.id(),
                      OccurrenceKind.POLL,
                      slot,
                      Instant.parse("2026-12-02T09:30:00Z"))));
    }
  }

  private static void run(String name, FakeSlackApi fake, int members, double floor, Runnable fire)
      throws InterruptedException {
    fake.clearCalls();
    long t0 = System.nanoTime();
    fire.run();
    long deadline = t0 + (long) (floor * 3e9) + 60_000_000_000L;
    long last = -1;
    long lastChange = System.nanoTime();
    long sent;
    while ((sent = fake.count("chat.postMessage")) < members && System.nanoTime() < deadline) {
      if (sent != last) {
        last = sent;
        lastChange = System.nanoTime();
      } else if (System.nanoTime() - lastChange > 30_000_000_000L) {
        System.out.println("  stalled at " + sent + " sent; see the parked deliveries");
        break;
      }
      Thread.sleep(50);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Thread.sleep(2000); // anything sent twice would show up now
    long delivered = fake.count("chat.postMessage");

    System.out.printf(
        "%-32s %6d delivered in %7.1f s; floor %6.1f s; ratio %.3f (target <= 1.05);"
            + " conversations.open %d; 429s %d; duplicates %d; lost %d%n",
        name,
        Math.min(delivered, members),
        seconds,
        floor,
        seconds / floor,
        fake.count("conversations.open"),
        fake.rateLimited(),
        Math.max(0, delivered - members),
        Math.max(0, members - delivered));
  }
}
