package org.allybot.core.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.HostAndPort;

/**
 * What {@code REDIS_URL} names: one Redis ({@code redis://}, {@code rediss://}), a Cluster ({@code
 * redis-cluster://host:port,host:port}) or the masters a Sentinel set watches ({@code
 * redis-sentinel://host:port,host:port/master-name}). The {@code rediss} forms use TLS. A user and
 * password before {@code @} are for the data nodes; Sentinels are asked without them.
 */
public record RedisUrl(
    Topology topology,
    boolean tls,
    List<HostAndPort> nodes,
    String user,
    String password,
    String masterName) {

  /** How the Redis behind the URL is laid out. */
  public enum Topology {
    STANDALONE,
    CLUSTER,
    SENTINEL
  }

  static final String SCHEMES =
      "redis://, rediss://, redis-cluster://, rediss-cluster://, redis-sentinel:// or"
          + " rediss-sentinel://";

  /** Reads {@code url}, or throws {@link IllegalArgumentException} saying what is wrong. */
  public static RedisUrl parse(String url) {
    int colon = url.indexOf("://");
    if (colon < 0) {
      throw new IllegalArgumentException("REDIS_URL must start with " + SCHEMES);
    }
    String scheme = url.substring(0, colon);
    boolean tls = scheme.startsWith("rediss");
    Topology topology =
        switch (scheme) {
          case "redis", "rediss" -> Topology.STANDALONE;
          case "redis-cluster", "rediss-cluster" -> Topology.CLUSTER;
          case "redis-sentinel", "rediss-sentinel" -> Topology.SENTINEL;
          default -> throw new IllegalArgumentException("REDIS_URL must start with " + SCHEMES);
        };
    String rest = url.substring(colon + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    int at = authority.lastIndexOf('@');
    String[] credentials = credentials(at < 0 ? "" : authority.substring(0, at));
    List<HostAndPort> nodes = nodes(at < 0 ? authority : authority.substring(at + 1), topology);
    String master = topology == Topology.SENTINEL ? masterName(path) : null;
    return new RedisUrl(topology, tls, List.copyOf(nodes), credentials[0], credentials[1], master);
  }

  private static String[] credentials(String userInfo) {
    if (userInfo.isEmpty()) {
      return new String[] {null, null};
    }
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? null : decode(userInfo.substring(0, colon));
    String password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
    return new String[] {user == null || user.isEmpty() ? null : user, password};
  }

  private static List<HostAndPort> nodes(String hosts, Topology topology) {
    List<HostAndPort> nodes = new ArrayList<>();
    int defaultPort = topology == Topology.SENTINEL ? 26379 : 6379;
    for (String node : hosts.split(",")) {
      if (node.isBlank()) {
        throw new IllegalArgumentException("REDIS_URL names an empty host: " + hosts);
      }
      int colon = node.lastIndexOf(':');
      try {
        nodes.add(
            colon < 0
                ? new HostAndPort(node, defaultPort)
                : new HostAndPort(
                    node.substring(0, colon), Integer.parseInt(node.substring(colon + 1))));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("REDIS_URL has a port that is not a number: " + node);
      }
    }
    if (topology == Topology.STANDALONE && nodes.size() > 1) {
      throw new IllegalArgumentException(
          "REDIS_URL lists several hosts: use redis-cluster:// or redis-sentinel:// for them");
    }
    return nodes;
  }

  private static String masterName(String path) {
    String name = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "REDIS_URL for Sentinel needs the master's name: redis-sentinel://host:26379/mymaster");
    }
    return decode(name);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
