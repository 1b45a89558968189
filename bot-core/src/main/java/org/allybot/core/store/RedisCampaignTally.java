package org.allybot.core.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allybot.core.WorkspaceId;
import org.allybot.core.practice.CampaignTally;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

/**
 * A campaign's running counters in one hash, {@code tally:CAMPAIGN}. The poll-answer script and the
 * weekly log count into the same hash inside their own round trips ({@link #key}).
 */
public final class RedisCampaignTally implements CampaignTally {
  private final UnifiedJedis redis;

  public RedisCampaignTally(UnifiedJedis redis) {
    this.redis = redis;
  }

  static String key(WorkspaceId workspace, String campaignId) {
    return Keys.of(workspace, "tally", campaignId);
  }

  @Override
  public void add(WorkspaceId workspace, String campaignId, Map<String, Long> by) {
    if (by.isEmpty()) {
      return;
    }
    String key = key(workspace, campaignId);
    if (by.size() == 1) {
      var only = by.entrySet().iterator().next();
      redis.hincrBy(key, only.getKey(), only.getValue());
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      by.forEach((counter, n) -> pipeline.hincrBy(key, counter, n));
      pipeline.sync();
    }
  }

  @Override
  public void addAll(List<Increment> increments) {
    if (increments.isEmpty()) {
      return;
    }
    try (AbstractPipeline pipeline = redis.pipelined()) {
      increments.forEach(
          i -> pipeline.hincrBy(key(i.workspace(), i.campaignId()), i.counter(), i.by()));
      pipeline.sync();
    }
  }

  @Override
  public Map<String, Long> read(WorkspaceId workspace, String campaignId) {
    Map<String, Long> counters = new HashMap<>();
    redis
        .hgetAll(key(workspace, campaignId))
        .forEach((counter, n) -> counters.put(counter, Long.parseLong(n)));
    return counters;
  }

  @Override
  public void delete(WorkspaceId workspace, String campaignId) {
    redis.del(key(workspace, campaignId));
  }
}
