package org.allybot.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.allybot.core.Platform;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignStore;
import redis.clients.jedis.UnifiedJedis;

/**
 * Campaign definitions as JSON under {@code campaign:ID}, listed per workspace. Deleting a campaign
 * also deletes its counters and its survey answers, which nothing else can reach once it is gone.
 */
public final class RedisCampaignStore implements CampaignStore {
  private final UnifiedJedis redis;

  public RedisCampaignStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<Campaign> find(WorkspaceId workspace, String campaignId) {
    String json = redis.get(Keys.of(workspace, "campaign", campaignId));
    return Optional.ofNullable(json).map(j -> Json.read(j, Campaign.class));
  }

  @Override
  public List<Campaign> all(WorkspaceId workspace) {
    return redis.smembers(Keys.of(workspace, "campaigns")).stream()
        .sorted()
        .map(id -> find(workspace, id).orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public List<Campaign> everywhere() {
    List<Campaign> campaigns = new ArrayList<>();
    for (String key : redis.smembers(Keys.global("workspaces"))) {
      int colon = key.indexOf(':');
      Platform platform =
          Platform.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT));
      campaigns.addAll(all(new WorkspaceId(platform, key.substring(colon + 1))));
    }
    return campaigns;
  }

  @Override
  public void save(Campaign campaign) {
    WorkspaceId ws = campaign.workspace();
    redis.set(Keys.of(ws, "campaign", campaign.id()), Json.write(campaign));
    redis.sadd(Keys.of(ws, "campaigns"), campaign.id());
    redis.sadd(Keys.global("workspaces"), ws.key());
  }

  @Override
  public void delete(WorkspaceId workspace, String campaignId) {
    redis.del(Keys.of(workspace, "campaign", campaignId));
    redis.srem(Keys.of(workspace, "campaigns"), campaignId);
    redis.del(RedisCampaignTally.key(workspace, campaignId));
    KeyScan.matching(redis, RedisSurveyAnswers.campaignPattern(workspace, campaignId))
        .forEach(redis::del);
  }
}
