package org.allybot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * A local stand-in for Slack's Web API (point Bolt at {@link #apiUrl()}): it answers the methods
 * Allybot uses with realistic JSON, records every call, enforces {@code chat.postMessage}'s limits
 * (1/s per channel, a configurable rate per workspace) and {@code conversations.open}'s Tier 3,
 * answering 429 with {@code Retry-After}, runs them faster by a speed-up factor, and can inject
 * failures. It also serves {@code response_url}s under {@link #responseUrl(String)}.
 */
public final class FakeSlackApi implements AutoCloseable {
  public static final String TEAM = "T0ALLYBOT01";
  public static final String BOT_TOKEN =
      "xoxb-1234567890123-1234567890123-FakeBotTokenForAllybotTests";
  public static final String BOT_USER = "U0ALLYBOT00";
  public static final String APP_TOKEN =
      "xapp-1-A0ALLYBOT00-1234567890123-FakeAppTokenForAllybotTests";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(16);
  private final List<SlackCall> calls = new ArrayList<>();
  private volatile boolean keepParams = true;
  private final FakeFaults faults = new FakeFaults();
  final FakeSlackState state = new FakeSlackState();
  private final FakeSlackMethods methods = new FakeSlackMethods(state);

  private FakeSlackApi(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free loopback port with one workspace ({@link #TEAM}, {@link #BOT_TOKEN}). */
  public static FakeSlackApi start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
      FakeSlackApi fake = new FakeSlackApi(server);
      server.setExecutor(fake.threads);
      server.createContext("/", fake::serve);
      server.start();
      fake.workspace(TEAM, BOT_TOKEN);
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Web API base, in the {@code .../api/} form Bolt's methods URL prefix takes. */
  public String apiUrl() {
    return base() + "/api/";
  }

  /**
   * The parameter a recorded {@code response_url} call carries with the id its URL was made with
   * (see {@link #responseUrl(String)}), so a test can tell which command's reply it is.
   */
  public static final String RESPONSE_ID = "response_id";

  /**
   * A {@code response_url} served by this fake; calls to it are recorded as {@code response_url}.
   */
  public String responseUrl(String id) {
    return base() + "/response/" + id;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private String base() {
    return "http://127.0.0.1:" + port();
  }

  /** Adds a workspace whose bot token is {@code token}. */
  public FakeSlackApi workspace(String teamId, String token) {
    state.tokens.put(token, teamId);
    return this;
  }

  /** A user as {@code users.info} describes them. */
  public FakeSlackApi user(String userId, String timeZone, boolean admin) {
    state.users.put(userId, new FakeSlackState.User(userId, timeZone, admin));
    return this;
  }

  /** {@code users.info} calls this user a bot. */
  public FakeSlackApi bot(String userId) {
    state.bots.add(userId);
    return this;
  }

  /** {@code users.info} answers {@code user_not_found} for this id. */
  public FakeSlackApi missingUser(String userId) {
    state.missingUsers.add(userId);
    return this;
  }

  /**
   * Gives the user an e-mail in {@code users.info}, as Slack does for an app with the {@code
   * users:read.email} scope.
   */
  public FakeSlackApi userEmail(String userId, String email) {
    state.emails.put(userId, email);
    return this;
  }

  /**
   * Gives the user a Slack language, which {@code users.info} returns as {@code locale} when asked
   * with {@code include_locale=true} (every member has {@code en-US} otherwise).
   */
  public FakeSlackApi userLocale(String userId, String locale) {
    state.locales.put(userId, locale);
    return this;
  }

  /** A channel and its members, listed by {@code conversations.members} in pages. */
  public FakeSlackApi channel(String channelId, List<String> members) {
    state.channels.put(channelId, List.copyOf(members));
    return this;
  }

  /**
   * {@code conversations.info} calls the channel a Slack Connect channel ({@code is_ext_shared}).
   */
  public FakeSlackApi sharedChannel(String channelId) {
    state.sharedChannels.add(channelId);
    return this;
  }

  /** Posting to {@code channelId} fails with the Slack error, such as {@code is_archived}. */
  public FakeSlackApi failChannel(String channelId, String error) {
    state.channelErrors.put(channelId, error);
    return this;
  }

  /**
   * Enforces Slack's published limits {@code speedUp} times faster: {@code chat.postMessage} 1/s
   * per channel and {@code postsPerSecond} per workspace, {@code conversations.open} and {@code
   * chat.update} 50/min; {@code burstSeconds} of unused rate may be saved up.
   */
  public FakeSlackApi limits(double speedUp, double postsPerSecond, double burstSeconds) {
    return limits(speedUp, postsPerSecond, burstSeconds, System::nanoTime);
  }

  /**
   * As {@link #limits(double, double, double)}, with buckets refilled by {@code nanoTime}: a clock
   * the test moves lets it see the limits exactly, however slow the machine.
   */
  public FakeSlackApi limits(
      double speedUp, double postsPerSecond, double burstSeconds, LongSupplier nanoTime) {
    state.limits(speedUp, postsPerSecond, burstSeconds, nanoTime);
    return this;
  }

  /** No limits (the default). */
  public FakeSlackApi unlimited() {
    state.limits(0, 0, 0, System::nanoTime);
    return this;
  }

  /** An OAuth app and a code that {@code oauth.v2.access} exchanges for a new workspace's token. */
  public FakeSlackApi oauthCode(String clientId, String clientSecret, String code, String teamId) {
    state.oauthCodes.put(code, new FakeSlackState.OAuthCode(clientId, clientSecret, teamId));
    return this;
  }

  /** The WebSocket URL {@code apps.connections.open} hands out. */
  public FakeSlackApi socketModeUrl(String url) {
    state.socketModeUrl = url;
    return this;
  }

  /** The next {@code count} calls of {@code method} fail as {@code failure} says. */
  public FakeSlackApi failNext(String method, int count, SlackFailure failure) {
    faults.failNext(method, count, failure);
    return this;
  }

  /**
   * For {@code length} from now, calls of {@code methods} fail in turn as {@code mix} says; a
   * failure with status 504 is a timeout: the call is held past the client's read timeout first.
   */
  public FakeSlackApi outage(Set<String> methods, List<SlackFailure> mix, Duration length) {
    faults.outage(methods, mix, length);
    return this;
  }

  /**
   * Later calls of {@code method} get no answer until {@link #release}: a Slack as slow as the test
   * needs, whatever the speed of the machine.
   */
  public FakeSlackApi hold(String method) {
    faults.hold(method);
    return this;
  }

  /** Answers the held calls of {@code method}, and later ones at once. */
  public FakeSlackApi release(String method) {
    faults.release(method);
    return this;
  }

  /** How many calls of {@code method} wait for {@link #release} now. */
  public int held(String method) {
    return faults.held(method);
  }

  /** Whether to keep each call's parameters; long benchmarks record only method and status. */
  public FakeSlackApi keepParams(boolean keep) {
    this.keepParams = keep;
    return this;
  }

  public synchronized List<SlackCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<SlackCall> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Calls of {@code method} that succeeded. */
  public synchronized long count(String method) {
    return calls.stream().filter(c -> c.method().equals(method) && c.ok()).count();
  }

  /**
   * The messages posted to {@code channel} and not deleted since, in order, with the timestamps
   * Slack gave them.
   */
  public List<SlackPost> posted(String channel) {
    return state.posted.stream().filter(p -> p.channel().equals(channel)).toList();
  }

  /** How many calls were answered 429. */
  public synchronized long rateLimited() {
    return calls.stream().filter(c -> c.status() == 429).count();
  }

  public synchronized void clearCalls() {
    calls.clear();
  }

  private void serve(HttpExchange exchange) throws IOException {
    long at = System.nanoTime();
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method =
          path.startsWith("/response/") ? "response_url" : path.replaceFirst("^/api/", "");
      // A benchmark's response_url posts need no reading: Slack's own work is not ours to count.
      Map<String, String> params =
          keepParams || !method.equals("response_url")
              ? FakeRequests.params(exchange, body)
              : Map.of();
      if (keepParams && method.equals("response_url")) {
        params.put(RESPONSE_ID, path.substring("/response/".length()));
      }
      String token = FakeRequests.token(exchange, params);
      faults.waitIfHeld(method);
      FakeSlackMethods.Answer answer = faults.failure(method);
      if (answer == null) {
        answer = methods.answer(method, token, params);
      }
      synchronized (this) {
        calls.add(
            new SlackCall(method, token, keepParams ? params : Map.of(), answer.status(), at));
      }
      byte[] out = JSON.writeValueAsBytes(answer.body());
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      if (answer.retryAfter() > 0) {
        exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer.retryAfter()));
      }
      exchange.sendResponseHeaders(answer.status(), out.length);
      exchange.getResponseBody().write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
