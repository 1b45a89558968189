package org.allybot.bench.teams;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP/1.1 load generator that costs little, so that on a small machine the server,
 * not the client, is what gets measured: requests are built beforehand, sent at fixed times over a
 * few kept-alive connections, and each latency counts from when the request was due, so a request
 * that waited for a free connection is charged for the wait.
 */
final class RawLoad {
  private record Task(int index, long due) {}

  private final int port;
  private final int connections;

  RawLoad(int port, int connections) {
    this.port = port;
    this.connections = connections;
  }

  /** The raw bytes of a POST of {@code json} to {@code path}. */
  byte[] post(String path, String authorization, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/json\r\nAuthorization: "
            + authorization
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** The result of one run: latencies in nanoseconds, by request, and how many failed. */
  record Result(long[] latencies, int errors, double seconds) {}

  /** Sends {@code requests} at {@code rate} a second; a response passes if {@code ok} holds. */
  Result run(List<byte[]> requests, int rate, java.util.function.Predicate<String> ok)
      throws InterruptedException {
    long[] latencies = new long[requests.size()];
    AtomicInteger errors = new AtomicInteger();
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(requests.size() + 1);
    CountDownLatch done = new CountDownLatch(requests.size());
    Thread[] workers = new Thread[connections];
    for (int w = 0; w < connections; w++) {
      workers[w] =
          Thread.ofPlatform()
              .daemon()
              .name("raw-load-" + w)
              .start(() -> work(queue, requests, latencies, errors, done, ok));
    }
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
    for (int i = 0; i < requests.size(); i++) {
      long due = start + i * interval;
      LockSupport.parkNanos(due - System.nanoTime());
      queue.add(new Task(i, due));
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Thread w : workers) {
      w.interrupt();
    }
    return new Result(latencies, errors.get(), seconds);
  }

  private void work(
      BlockingQueue<Task> queue,
      List<byte[]> requests,
      long[] latencies,
      AtomicInteger errors,
      CountDownLatch done,
      java.util.function.Predicate<String> ok) {
    Socket socket = null;
    InputStream in = null;
    try {
      while (true) {
        Task task = queue.take();
        String body = null;
        for (int attempt = 0; attempt < 2 && body == null; attempt++) {
          try {
            if (socket == null || socket.isClosed()) {
              socket = new Socket();
              socket.setTcpNoDelay(true);
              socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
              in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            }
            OutputStream out = socket.getOutputStream();
            out.write(requests.get(task.index()));
            out.flush();
            body = readResponse(in);
          } catch (IOException e) {
            close(socket);
            socket = null;
          }
        }
        latencies[task.index()] = System.nanoTime() - task.due();
        if (body == null || !ok.test(body)) {
          errors.incrementAndGet();
        }
        done.countDown();
      }
    } catch (InterruptedException e) {
      close(socket);
    }
  }

  /** The body of a 200 response, or null for any other status. */
  private static String readResponse(InputStream in) throws IOException {
    String status = line(in);
    int length = -1;
    boolean chunked = false;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      for (int size = Integer.parseInt(line(in).strip(), 16);
          size > 0;
          size = Integer.parseInt(line(in).strip(), 16)) {
        body.write(in.readNBytes(size));
        line(in);
      }
      line(in);
    } else if (length > 0) {
      body.write(in.readNBytes(length));
    }
    return status.startsWith("HTTP/1.1 200") ? body.toString(StandardCharsets.UTF_8) : null;
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static void close(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
