package org.allybot.slack.handler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts to an interaction's response_url, after the ack, on the thread that waits for it. A
 * response_url needs no token, so the Web API client is skipped; each post is a plain blocking
 * request on a kept-alive connection. On a busy poll, the Web API client's interceptors, an
 * asynchronous client's hand-overs between threads and OkHttp's pool bookkeeping each cost more
 * than the post itself. A post that fails on the way or with a 5xx is tried once more.
 */
final class ResponseUrlPosts {
  private static final Logger LOG = LoggerFactory.getLogger(ResponseUrlPosts.class);
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_TIMEOUT_MS = 10_000;
  private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
  private static final int FAILED = -1;

  private ResponseUrlPosts() {}

  /**
   * Lets the JDK keep up to 64 idle connections per host, where it keeps 5 unless told otherwise. A
   * busy poll posts to Slack's one response_url host from many threads at once; with 5, every post
   * beyond them opened and closed a connection of its own, and that cost more than the post. The
   * JDK reads the setting once, at its first connection, so this runs when Slack is wired, before
   * any; a value set on the command line wins.
   */
  static void keepConnectionsAlive() {
    if (System.getProperty("http.maxConnections") == null) {
      System.setProperty("http.maxConnections", "64");
    }
  }

  /** Posts {@code json}; failures are logged by status or exception class only. */
  static void post(String url, String json) {
    int status = send(url, json);
    if (status == FAILED || status >= 500) {
      try {
        Thread.sleep(RETRY_PAUSE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      status = send(url, json);
    }
    if (status != 200 && status != FAILED) {
      LOG.warn("response_url answered HTTP {}", status);
    }
  }

  /** The HTTP status, or {@link #FAILED} if the post did not get an answer (logged). */
  private static int send(String url, String json) {
    try {
      HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
      c.setConnectTimeout(CONNECT_TIMEOUT_MS);
      c.setReadTimeout(READ_TIMEOUT_MS);
      c.setRequestMethod("POST");
      c.setRequestProperty("Content-Type", "application/json; charset=utf-8");
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      c.setFixedLengthStreamingMode(body.length);
      c.setDoOutput(true);
      try (OutputStream out = c.getOutputStream()) {
        out.write(body);
      }
      int status = c.getResponseCode();
      // Reading the answer to its end keeps the connection for the next post.
      try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
        if (in != null) {
          in.readAllBytes();
        }
      }
      return status;
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("response_url unreachable: {}", e.getClass().getSimpleName());
      return FAILED;
    }
  }
}
