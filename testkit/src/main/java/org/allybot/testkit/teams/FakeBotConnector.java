package org.allybot.testkit.teams;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * A local Bot Connector service for tests: the {@code /v3/conversations/...} calls a bot makes
 * (create a conversation, send, reply, update, list members page by page) and an OAuth token
 * endpoint. It records every call, answers failures that a test injects, and can enforce Teams'
 * rate limits with 429s. Point a bot's {@code serviceUrl} at {@link #serviceUrl()} and its token
 * endpoint at {@link #tokenUrl()}.
 */
public final class FakeBotConnector implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<ConnectorCall> calls = new ArrayList<>();
  private final Deque<InjectedFailure> failures = new ArrayDeque<>();
  private final Map<String, List<FakeMember>> members = new HashMap<>();
  private final Map<String, String> emails = new ConcurrentHashMap<>();
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
  private volatile String clientId = "";
  private volatile String clientSecret = "";
  private volatile int pageSize = 2;
  private volatile ConnectorRates rates;

  private FakeBotConnector(HttpServer server) {
    this.server = server;
  }

  /** Starts on a free loopback port. */
  public static FakeBotConnector start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
      FakeBotConnector fake = new FakeBotConnector(server);
      server.createContext("/", new ConnectorExchange(fake));
      server.setExecutor(fake.executor);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL activities carry as {@code serviceUrl}, ending in a slash. */
  public String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The token endpoint, shaped like Entra ID's v2 endpoint for {@code tenant}. */
  public String tokenUrl(String tenant) {
    return serviceUrl() + tenant + "/oauth2/v2.0/token";
  }

  /**
   * From now on only this app may get tokens, and every conversation call must carry a token the
   * fake issued; before this is called, any caller is accepted.
   */
  public void requireClient(String appId, String password) {
    this.clientId = appId;
    this.clientSecret = password;
  }

  /** Lists {@code people} as the members of {@code conversationId} (a team or a channel). */
  public synchronized void addMembers(String conversationId, List<FakeMember> people) {
    members.computeIfAbsent(conversationId, k -> new ArrayList<>()).addAll(people);
  }

  /**
   * Gives a member (by Bot Framework id) an {@code email} and {@code userPrincipalName}, as Teams
   * shows for members of an organisation.
   */
  public void memberEmail(String memberId, String email) {
    emails.put(memberId, email);
  }

  String emailOf(String memberId) {
    return emails.get(memberId);
  }

  /**
   * How many members one page of {@code pagedmembers} holds (2 unless changed, to force paging).
   */
  public void pageSize(int size) {
    this.pageSize = size;
  }

  /** Answers the next matching call with {@code failure}, in the order injected. */
  public synchronized void failNext(InjectedFailure failure) {
    failures.addLast(failure);
  }

  /** Answers the next {@code times} matching calls with {@code failure}. */
  public synchronized void failNext(InjectedFailure failure, int times) {
    for (int i = 0; i < times; i++) {
      failures.addLast(failure);
    }
  }

  /**
   * Refuses, with a 429 and {@code Retry-After}, writes beyond {@code perTenant} a second per
   * tenant or {@code perConversation} a second per conversation (token buckets holding one second's
   * allowance).
   */
  public void enforceRates(int perTenant, int perConversation) {
    enforceRates(perTenant, perConversation, System::nanoTime);
  }

  /**
   * As {@link #enforceRates(int, int)}, with buckets refilled by {@code nanoTime}: a clock that
   * stands still lets a test see the limits exactly, however slow the machine.
   */
  public void enforceRates(int perTenant, int perConversation, LongSupplier nanoTime) {
    this.rates = new ConnectorRates(perTenant, perConversation, nanoTime);
  }

  /** The most writes accepted for {@code tenantId} in any one-second window (0 if not enforced). */
  public int peakPerSecondForTenant(String tenantId) {
    ConnectorRates r = rates;
    return r == null ? 0 : r.peak("tenant", tenantId);
  }

  /** The most writes accepted in {@code conversationId} in any one-second window. */
  public int peakPerSecondInConversation(String conversationId) {
    ConnectorRates r = rates;
    return r == null ? 0 : r.peak("conv", conversationId);
  }

  /** How many calls the rate enforcement refused. */
  public int refusedForRate() {
    ConnectorRates r = rates;
    return r == null ? 0 : r.refused();
  }

  public synchronized List<ConnectorCall> calls() {
    return List.copyOf(calls);
  }

  public List<ConnectorCall> calls(ConnectorCall.Kind kind) {
    return calls().stream().filter(c -> c.kind() == kind).toList();
  }

  /** Accepted messages (sends and replies) per conversation id, in arrival order. */
  public Map<String, List<ConnectorCall>> messagesByConversation() {
    Map<String, List<ConnectorCall>> byConversation = new LinkedHashMap<>();
    for (ConnectorCall c : calls()) {
      if (c.postsMessage() && c.succeeded()) {
        byConversation.computeIfAbsent(c.conversationId(), k -> new ArrayList<>()).add(c);
      }
    }
    return byConversation;
  }

  /** Forgets the recorded calls (not the members, client or rates). */
  public synchronized void clearCalls() {
    calls.clear();
  }

  /** Waits until {@code count} recorded calls match, or fails after {@code timeout}. */
  public List<ConnectorCall> await(Predicate<ConnectorCall> match, int count, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<ConnectorCall> found = calls().stream().filter(match).toList();
      if (found.size() >= count) {
        return found;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "expected "
                + count
                + " matching connector calls, got "
                + found.size()
                + ": "
                + calls());
      }
      Thread.sleep(10);
    }
  }

  // ---- used by ConnectorExchange ----

  synchronized void record(ConnectorCall call) {
    calls.add(call);
  }

  synchronized InjectedFailure takeFailure(ConnectorCall.Kind kind) {
    for (var it = failures.iterator(); it.hasNext(); ) {
      InjectedFailure f = it.next();
      if (f.matches(kind)) {
        it.remove();
        return f;
      }
    }
    return null;
  }

  synchronized List<FakeMember> membersOf(String conversationId) {
    String base = conversationId.split(";", 2)[0];
    return List.copyOf(members.getOrDefault(base, List.of()));
  }

  int pageSizeOr(int asked) {
    return asked > 0 ? Math.min(asked, pageSize) : pageSize;
  }

  ConnectorRates rates() {
    return rates;
  }

  boolean clientMatches(String id, String secret) {
    return clientId.isEmpty() || clientId.equals(id) && clientSecret.equals(secret);
  }

  boolean authorised(String authorization) {
    if (clientId.isEmpty()) {
      return true;
    }
    return authorization != null
        && authorization.startsWith("Bearer ")
        && issuedTokens.contains(authorization.substring(7));
  }

  String issueToken() {
    String token = "fake-access-token-" + java.util.UUID.randomUUID();
    issuedTokens.add(token);
    return token;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
