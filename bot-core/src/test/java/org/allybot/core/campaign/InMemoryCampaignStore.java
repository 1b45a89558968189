package org.allybot.core.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.WorkspaceId;

/** Campaign definitions kept in a map, for tests that are not about storage. */
final class InMemoryCampaignStore implements CampaignStore {
  private final Map<String, Campaign> campaigns = new ConcurrentHashMap<>();

  @Override
  public Optional<Campaign> find(WorkspaceId workspace, String campaignId) {
    return Optional.ofNullable(campaigns.get(key(workspace, campaignId)));
  }

  @Override
  public List<Campaign> all(WorkspaceId workspace) {
    return campaigns.values().stream().filter(c -> c.workspace().equals(workspace)).toList();
  }

  @Override
  public List<Campaign> everywhere() {
    return List.copyOf(campaigns.values());
  }

  @Override
  public void save(Campaign campaign) {
    campaigns.put(key(campaign.workspace(), campaign.id()), campaign);
  }

  @Override
  public void delete(WorkspaceId workspace, String campaignId) {
    campaigns.remove(key(workspace, campaignId));
  }

  private static String key(WorkspaceId workspace, String campaignId) {
    return workspace.key() + "|" + campaignId;
  }
}
