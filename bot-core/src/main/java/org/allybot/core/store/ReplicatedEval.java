package org.allybot.core.store;

import java.util.List;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Runs a script that records an answer so that, on a Sentinel set-up, it is done only once a
 * replica has it: the script and a WAIT go down one connection. Replication is asynchronous, so
 * without the WAIT the last answers a master acknowledged just before a failover can be missing on
 * the replica it promotes (AnswersSurviveASentinelFailoverTest saw 6 in about 200). When no replica
 * confirms within a second the answer counts as failed, the member is asked to try again, and
 * recording it again is harmless (an answer replaces the same member's earlier one).
 */
final class ReplicatedEval {
  static final long WAIT_MILLIS = 1_000;

  private ReplicatedEval() {}

  static Object eval(
      UnifiedJedis redis, String script, String sha, List<String> keys, List<String> args) {
    if (redis instanceof RedisSentinelClient sentinel) {
      try (Pipeline pipeline = sentinel.pipelined()) {
        Response<Object> reply = pipeline.eval(script, keys, args);
        Response<Long> replicas = pipeline.waitReplicas(1, WAIT_MILLIS);
        pipeline.sync();
        Object out = reply.get();
        if (replicas.get() < 1) {
          throw new JedisException("no replica confirmed the answer within a second");
        }
        return out;
      }
    }
    try {
      return redis.evalsha(sha, keys, args);
    } catch (JedisNoScriptException e) {
      return redis.eval(script, keys, args);
    }
  }
}
