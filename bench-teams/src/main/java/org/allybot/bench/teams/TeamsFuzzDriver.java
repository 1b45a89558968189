package org.allybot.bench.teams;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.server.teams.TeamsWiring;
import org.allybot.testkit.fuzz.FuzzCase;
import org.allybot.testkit.fuzz.FuzzRun;
import org.allybot.testkit.fuzz.TeamsActivityCases;

/**
 * The standing fuzz driver for {@code /api/messages}: starts the real server ({@link BenchServer})
 * and sends it authentic activities, each with a good token from the fake issuer, mutated (fields
 * dropped, null, of another type, odd text), then prints what came back ({@link FuzzRun}).
 *
 * <p>Arguments: [requests (10000)] [seed (random)]. Exits 1 on any 5xx or stack trace.
 */
public final class TeamsFuzzDriver {
  private static final String TENANT = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";

  private TeamsFuzzDriver() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
    Map<BenchServer, TeamsActivityCases> cases = new ConcurrentHashMap<>();
    boolean pass =
        new FuzzRun("POST " + TeamsWiring.PATH, count, 4, seed)
            .run(
                TeamsFuzzDriver::start,
                (server, random) ->
                    cases
                        .computeIfAbsent(
                            server, s -> new TeamsActivityCases(s.tenant(TENANT), 100_000))
                        .next(random),
                TeamsFuzzDriver::send);
    System.exit(pass ? 0 : 1);
  }

  private static BenchServer start() {
    try {
      return new BenchServer();
    } catch (Exception e) {
      throw new IllegalStateException("the server did not start", e);
    }
  }

  private static int send(BenchServer server, FuzzCase c) {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.served.port() + TeamsWiring.PATH))
            .header("Content-Type", "application/json")
            .header("Authorization", server.token())
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(c.mutated().toString()))
            .build();
    try {
      return server.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }
}
