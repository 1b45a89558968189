package org.allybot.core.store;

import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.Transaction;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A MULTI/EXEC on one Redis, or on the Cluster node that holds one slot: Jedis's Cluster client
 * refuses transactions, though Redis runs one whose keys all share a slot. Every key in it must
 * carry the hash tag of the key it was opened for (one workspace's keys all do, see {@link Keys}).
 */
final class SlotTransaction {
  private SlotTransaction() {}

  static AbstractTransaction open(UnifiedJedis redis, String anyKeyOfTheSlot) {
    if (redis instanceof RedisClusterClient cluster) {
      int slot = JedisClusterCRC16.getSlot(anyKeyOfTheSlot);
      return new Transaction(cluster.getConnectionFromSlot(slot), true, true);
    }
    return redis.multi();
  }
}
