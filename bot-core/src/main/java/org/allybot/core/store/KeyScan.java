package org.allybot.core.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The keys that match a pattern, on one Redis or across a Cluster. Jedis's Cluster client scans
 * only a pattern whose hash tag names one slot ({@code ally:{slack:T1}:*}); a pattern across
 * workspaces ({@code ally:{*}:answers-by-time}) has to visit every node, which this does.
 */
public final class KeyScan {
  private KeyScan() {}

  /** Every key matching {@code pattern}, each once (a replica may hold copies of a master's). */
  public static List<String> matching(UnifiedJedis redis, String pattern) {
    ScanParams params = new ScanParams().match(pattern).count(500);
    Set<String> found = new LinkedHashSet<>();
    if (redis instanceof RedisClusterClient cluster) {
      for (ConnectionPool node : cluster.getClusterNodes().values()) {
        try (Connection connection = node.getResource()) {
          scan(cursor -> connection.executeCommand(scanCommand(cursor, params)), found);
        }
      }
    } else {
      scan(cursor -> redis.scan(cursor, params), found);
    }
    return new ArrayList<>(found);
  }

  private static CommandObject<ScanResult<String>> scanCommand(String cursor, ScanParams params) {
    return new CommandObject<>(
        new CommandArguments(Protocol.Command.SCAN).add(cursor).addParams(params),
        BuilderFactory.SCAN_RESPONSE);
  }

  private static void scan(Function<String, ScanResult<String>> page, Set<String> found) {
    String cursor = ScanParams.SCAN_POINTER_START;
    do {
      ScanResult<String> result = page.apply(cursor);
      found.addAll(result.getResult());
      cursor = result.getCursor();
    } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
  }
}
