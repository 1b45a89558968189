package org.allybot.core.campaign;

import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;

/** Where campaign definitions are kept. */
public interface CampaignStore {
  Optional<Campaign> find(WorkspaceId workspace, String campaignId);

  List<Campaign> all(WorkspaceId workspace);

  /** Every campaign in every workspace, for rebuilding triggers at start. */
  List<Campaign> everywhere();

  void save(Campaign campaign);

  void delete(WorkspaceId workspace, String campaignId);
}
