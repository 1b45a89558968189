package org.allybot.bench.teams;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.delivery.Delivery;
import org.allybot.testkit.teams.ConnectorCall;
import org.allybot.testkit.teams.FakeMember;
import org.allybot.testkit.teams.TeamsActivities;

/**
 * Fan-out through the Teams adapter against a {@code FakeBotConnector} that enforces Teams' limits
 * (50 writes/s per tenant, 7/s per conversation, with a 429 and {@code Retry-After} beyond), on the
 * real serve wiring and delivery engine. Every member installed the app first, so their 1:1 chat is
 * known.
 *
 * <ol>
 *   <li>{@code campaign run Bench now} in a tenant of {@code members} members: one message each;
 *   <li>{@code burst} notices to one member's 1:1 chat;
 *   <li>(not judged) {@code campaign run} in two tenants at once, {@code members} each.
 * </ol>
 *
 * Each reports the time from the first message to the last against the floor the limits allow (the
 * messages after the first of the busiest tenant or conversation, at its rate), the time from the
 * trigger, duplicates, losses, 429s and the peak writes the fake saw in any one-second window. Only
 * member chats count: the admin's chat also holds the replies to their commands. Arguments: {@code
 * [members (1000)] [burst (70)]}.
 */
public final class TeamsFanOutBench {
  static final List<String> TENANTS =
      List.of("aaaaaaaa-0000-4000-8000-000000000001", "aaaaaaaa-0000-4000-8000-000000000002");

  public static void main(String[] args) throws Exception {
    int members = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int burst = args.length > 1 ? Integer.parseInt(args[1]) : 70;
    try (BenchServer bench = new BenchServer()) {
      install(bench, members);
      boolean ok = run(bench, "campaign run now, 1 tenant", List.of(0), members, true);
      ok &= burst(bench, burst);
      run(bench, "campaign run now, 2 tenants at once (not judged)", List.of(0, 1), members, false);
      System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
    }
  }

  /** Every member installs the app, then an admin of each tenant makes a mandatory campaign. */
  private static void install(BenchServer bench, int members) throws Exception {
    long start = System.nanoTime();
    for (int t = 0; t < TENANTS.size(); t++) {
      TeamsActivities tenant = bench.tenant(TENANTS.get(t));
      bench.send(tenant.personalInstallation(BenchServer.ADMIN, "add"));
      for (int i = 0; i < members; i++) {
        bench.send(tenant.personalInstallation(member(t, i), "add"));
      }
      bench.send(tenant.personalMessage(BenchServer.ADMIN, "campaign create Bench --mandatory"));
    }
    bench.served.runtime().worker().awaitIdle(Duration.ofMinutes(5));
    System.out.printf(
        "setup: %d members in %d tenants installed, welcomed in %.1f s%n",
        members * TENANTS.size(), TENANTS.size(), (System.nanoTime() - start) / 1e9);
  }

  static FakeMember member(int tenant, int i) {
    return FakeMember.numbered(10_000 * (tenant + 1) + i);
  }

  private static boolean run(
      BenchServer bench, String name, List<Integer> tenants, int members, boolean judged)
      throws Exception {
    bench.connector.clearCalls();
    bench.connector.enforceRates(50, 7);
    long start = System.nanoTime();
    Set<String> chats = new HashSet<>();
    for (int t : tenants) {
      bench.send(
          bench
              .tenant(TENANTS.get(t))
              .personalMessage(BenchServer.ADMIN, "campaign run Bench now"));
      for (int i = 0; i < members; i++) {
        chats.add(TeamsActivities.personalConversation(member(t, i)));
      }
    }
    double floor = (members - 1) / 50.0;
    return report(bench, name, start, chats, 1, floor, judged);
  }

  private static boolean burst(BenchServer bench, int burst) throws Exception {
    bench.connector.clearCalls();
    bench.connector.enforceRates(50, 7);
    FakeMember target = member(0, 0);
    WorkspaceId ws = new WorkspaceId(Platform.TEAMS, TENANTS.get(0));
    long start = System.nanoTime();
    for (int i = 0; i < burst; i++) {
      bench
          .served
          .runtime()
          .bot()
          .context()
          .outbox()
          .enqueue(
              Delivery.toMember(
                  "bench-burst-" + i,
                  ws,
                  target.aadObjectId(),
                  Delivery.Kind.NOTICE,
                  Map.of("text", "Notice " + i)));
    }
    Set<String> chat = Set.of(TeamsActivities.personalConversation(target));
    return report(bench, "burst to one conversation", start, chat, burst, (burst - 1) / 7.0, true);
  }

  private static boolean report(
      BenchServer bench,
      String name,
      long start,
      Set<String> chats,
      int perChat,
      double floorSeconds,
      boolean judged)
      throws Exception {
    int expected = chats.size() * perChat;
    List<ConnectorCall> arrived =
        bench.connector.await(
            c -> c.postsMessage() && c.succeeded() && chats.contains(c.conversationId()),
            expected,
            Duration.ofMinutes(10));
    bench.served.runtime().worker().awaitIdle(Duration.ofSeconds(30));
    Thread.sleep(1000);
    Map<String, List<ConnectorCall>> byChat = bench.connector.messagesByConversation();
    long first = arrived.stream().mapToLong(ConnectorCall::atNanos).min().orElse(start);
    long last = arrived.stream().mapToLong(ConnectorCall::atNanos).max().orElse(start);
    int duplicates = 0;
    int lost = 0;
    int peakChat = 0;
    for (String chat : chats) {
      int got = byChat.getOrDefault(chat, List.of()).size();
      duplicates += Math.max(0, got - perChat);
      lost += Math.max(0, perChat - got);
      peakChat = Math.max(peakChat, bench.connector.peakPerSecondInConversation(chat));
    }
    double seconds = (last - first) / 1e9;
    double ratio = seconds / floorSeconds;
    boolean ok = duplicates == 0 && lost == 0 && ratio <= 1.05;
    System.out.printf(
        "%s: %d messages, first to last %.2f s (%.2f s from the trigger); floor %.2f s;"
            + " ratio %.3f; duplicates %d; lost %d; 429s %d; peak writes/s per tenant %d/%d;"
            + " peak per conversation %d%s%n",
        name,
        expected,
        seconds,
        (last - start) / 1e9,
        floorSeconds,
        ratio,
        duplicates,
        lost,
        bench.connector.refusedForRate(),
        bench.connector.peakPerSecondForTenant(TENANTS.get(0)),
        bench.connector.peakPerSecondForTenant(TENANTS.get(1)),
        peakChat,
        judged ? " -> " + (ok ? "ok" : "NOT OK") : "");
    return ok;
  }
}
