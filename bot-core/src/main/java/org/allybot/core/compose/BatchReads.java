package org.allybot.core.compose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.member.Member;

/**
 * What a batch of deliveries needs from the store, read once for the batch: each campaign they
 * name, and each member they go to.
 */
record BatchReads(Map<CampaignKey, Optional<Campaign>> campaigns, Map<UserRef, Member> members) {
  static BatchReads of(CoreContext core, List<Delivery> batch) {
    Map<CampaignKey, Optional<Campaign>> campaigns = new HashMap<>();
    for (Delivery d : batch) {
      CampaignKey.of(d)
          .ifPresent(key ->
              campaigns.computeIfAbsent(
                  key, k -> core.campaigns().find(k.workspace(), k.campaignId())));
    }
    List<UserRef> users =
        batch.stream()
            .filter(Delivery::isDirect)
            .map(d -> new UserRef(d.workspace(), d.userId()))
            .toList();
    return new BatchReads(campaigns, core.members().findAll(users));
  }

  /** The campaign the delivery names, if it names one and it is still there. */
  Optional<Campaign> campaign(Delivery d) {
    return CampaignKey.of(d).flatMap(campaigns::get);
  }

  /** The member the delivery goes to, if it goes to a member who is still there. */
  Optional<Member> member(Delivery d) {
    return d.isDirect()
        ? Optional.ofNullable(members.get(new UserRef(d.workspace(), d.userId())))
        : Optional.empty();
  }

  /** A campaign as a delivery names it: by workspace and id. */
  record CampaignKey(WorkspaceId workspace, String campaignId) {
    static Optional<CampaignKey> of(Delivery d) {
      String id = d.data().get("campaign");
      return id == null ? Optional.empty() : Optional.of(new CampaignKey(d.workspace(), id));
    }
  }
}
