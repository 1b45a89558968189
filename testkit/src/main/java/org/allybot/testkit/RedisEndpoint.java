package org.allybot.testkit;

/**
 * Where a test's Redis listens: {@code host} and {@code port} of one node, and the URL a client
 * opens (a plain {@code redis://}, or a Cluster's or Sentinel's URL for those fixtures).
 */
public record RedisEndpoint(String host, int port, String url) {
  public RedisEndpoint(String host, int port) {
    this(host, port, "redis://" + host + ":" + port);
  }
}
