package org.allybot.core.practice;

import java.util.List;
import java.util.Map;
import org.allybot.core.WorkspaceId;

/**
 * Running counts per campaign ({@link TallyCounters} names them), kept as events arrive, so that a
 * report reads one small hash instead of scanning answers. They hold no member ids.
 */
public interface CampaignTally {
  /** Adds {@code by} to each counter of the campaign. */
  void add(WorkspaceId workspace, String campaignId, Map<String, Long> by);

  /** Adds to the counters of many campaigns in one round trip. */
  void addAll(List<Increment> increments);

  /** Every counter of the campaign; a counter never added to is absent. */
  Map<String, Long> read(WorkspaceId workspace, String campaignId);

  /** Drops the campaign's counters, for a deleted campaign. */
  void delete(WorkspaceId workspace, String campaignId);

  /** One counter of one campaign to move by {@code by}. */
  record Increment(WorkspaceId workspace, String campaignId, String counter, long by) {}
}
