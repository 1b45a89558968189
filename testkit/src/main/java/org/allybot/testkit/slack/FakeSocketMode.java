package org.allybot.testkit.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local Socket Mode endpoint: greets each connection with Slack's {@code hello}, records what the
 * app sends back (acks), and can push envelopes to the connected app.
 */
public final class FakeSocketMode extends WebSocketServer implements AutoCloseable {
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<WebSocket> open = new CopyOnWriteArrayList<>();
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch connected = new CountDownLatch(1);

  private FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  public static FakeSocketMode listen() throws InterruptedException {
    FakeSocketMode fake = new FakeSocketMode();
    fake.setDaemon(true);
    fake.start0();
    return fake;
  }

  private void start0() throws InterruptedException {
    super.start();
    if (!started.await(5, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the fake Socket Mode server did not start");
    }
  }

  /** The URL to hand out from {@code apps.connections.open}. */
  public String url() {
    return "ws://127.0.0.1:" + getPort() + "/link/?ticket=fake-ticket&app_id=A0ALLYBOT00";
  }

  public boolean awaitConnection(long seconds) throws InterruptedException {
    return connected.await(seconds, TimeUnit.SECONDS);
  }

  /** Sends an envelope, such as a slash command, to every connected app. */
  public void push(String envelope) {
    open.forEach(socket -> socket.send(envelope));
  }

  public List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void onOpen(WebSocket conn, ClientHandshake handshake) {
    open.add(conn);
    conn.send(
        "{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
            + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0ALLYBOT00\"}}");
    connected.countDown();
  }

  @Override
  public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    open.remove(conn);
  }

  @Override
  public void onMessage(WebSocket conn, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket conn, Exception ex) {
    // a test sees the effect (no ack); nothing to do here
  }

  @Override
  public void onStart() {
    started.countDown();
  }

  @Override
  public void close() {
    try {
      stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
