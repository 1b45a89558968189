package org.allybot.testkit;

/** Where a test's Redis listens. */
public record RedisEndpoint(String host, int port) {
  public String url() {
    return "redis://" + host + ":" + port;
  }
}
