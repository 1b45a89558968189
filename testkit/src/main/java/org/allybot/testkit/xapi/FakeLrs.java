package org.allybot.testkit.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local learning record store for tests: {@code POST {endpoint}/statements} as xAPI 1.0.3 has it.
 * It checks the version header, basic auth and each statement's required fields (400 with the
 * problems otherwise), refuses a batch that holds one id twice, stores each statement once by id (a
 * resend of the same statement is accepted, a different one under a known id gets 409), and answers
 * failures a test injects: a status, a 429 with {@code Retry-After}, a stall, or being down.
 */
public final class FakeLrs implements AutoCloseable {
  public static final String USERNAME = "allybot-lrs-key";
  public static final String PASSWORD = "allybot-lrs-secret-0123456789";

  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final int port;
  private final String expectedAuth;
  private final Map<String, JsonNode> stored = new LinkedHashMap<>();
  private final Deque<LrsFailure> failures = new ArrayDeque<>();
  private final Set<String> refused = new HashSet<>();
  private final List<Integer> batchSizes = new ArrayList<>();
  private final List<Integer> statuses = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private HttpServer server;

  private FakeLrs(String username, String password) {
    this.expectedAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.server = listen(0);
    this.port = server.getAddress().getPort();
  }

  /** Starts on a free loopback port, accepting {@link #USERNAME} and {@link #PASSWORD}. */
  public static FakeLrs start() {
    return new FakeLrs(USERNAME, PASSWORD);
  }

  /** The base URL to configure; statements go to {@code endpoint() + "/statements"}. */
  public String endpoint() {
    return "http://127.0.0.1:" + port + "/xapi";
  }

  /** Answers the next {@code times} batches with {@code failure}, in the order injected. */
  public synchronized void failNext(LrsFailure failure, int times) {
    for (int i = 0; i < times; i++) {
      failures.addLast(failure);
    }
  }

  /** Refuses with 400 every batch that holds the statement {@code id}, as an LRS would. */
  public synchronized void refuse(String id) {
    refused.add(id);
  }

  /** Stops listening: connections are refused until {@link #up()}. */
  public synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  /** Listens again, on the same port. */
  public synchronized void up() {
    if (server == null) {
      server = listen(port);
    }
  }

  /** The statements stored, once each, in the order they arrived. */
  public synchronized List<JsonNode> statements() {
    return List.copyOf(stored.values());
  }

  /** The size of every batch received (answered or not), in order. */
  public synchronized List<Integer> batchSizes() {
    return List.copyOf(batchSizes);
  }

  /** The status of every answer given, in order. */
  public synchronized List<Integer> statuses() {
    return List.copyOf(statuses);
  }

  /** Every broken rule seen in a statement or a request, one line each. */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public void close() {
    down();
    executor.shutdownNow();
  }

  synchronized boolean authorised(String authorization) {
    return expectedAuth.equals(authorization);
  }

  synchronized LrsFailure takeFailure() {
    return failures.pollFirst();
  }

  synchronized void received(int size, int status, List<String> found) {
    batchSizes.add(size);
    statuses.add(status);
    problems.addAll(found);
  }

  synchronized boolean refuses(String id) {
    return refused.contains(id);
  }

  /** Stores the batch unless an id is taken by a different statement: then 409, storing none. */
  synchronized boolean store(List<JsonNode> batch) {
    for (JsonNode statement : batch) {
      JsonNode known = stored.get(statement.get("id").asText());
      if (known != null && !known.equals(statement)) {
        return false;
      }
    }
    batch.forEach(s -> stored.putIfAbsent(s.get("id").asText(), s));
    return true;
  }

  private HttpServer listen(int onPort) {
    try {
      HttpServer created =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 100);
      created.createContext("/", new LrsExchange(this));
      created.setExecutor(executor);
      created.start();
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
