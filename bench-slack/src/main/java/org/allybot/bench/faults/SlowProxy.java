package org.allybot.bench.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on loopback that holds every chunk a client sends for a fixed delay before passing it
 * on (Redis's answers go back at once): each command, or pipeline, takes that much longer, as from
 * a Redis that is slow or far away. Fault 6 puts it between the servers and Redis.
 */
final class SlowProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final long delayMillis;
  private final List<Socket> sockets = new ArrayList<>();
  private final AtomicLong chunks = new AtomicLong();

  SlowProxy(int target, long delayMillis) throws IOException {
    this.server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
    this.target = target;
    this.delayMillis = delayMillis;
    Thread.ofPlatform().daemon(true).name("slow-proxy").start(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  /** How many chunks (commands or pipelines) were held so far. */
  long delayed() {
    return chunks.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket redis = new Socket();
        redis.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
        client.setTcpNoDelay(true);
        redis.setTcpNoDelay(true);
        synchronized (sockets) {
          sockets.add(client);
          sockets.add(redis);
        }
        Thread.ofVirtual().start(() -> pump(client, redis, delayMillis));
        Thread.ofVirtual().start(() -> pump(redis, client, 0));
      } catch (IOException e) {
        // closed, or Redis refused this one connection: the client sees it closed
      }
    }
  }

  private void pump(Socket from, Socket to, long delay) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (delay > 0) {
          chunks.incrementAndGet();
          Thread.sleep(delay);
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // either side went away
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (sockets) {
      sockets.forEach(SlowProxy::closeQuietly);
    }
  }
}
