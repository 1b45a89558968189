package org.allybot.core.store;

import java.time.Instant;
import java.util.List;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import redis.clients.jedis.UnifiedJedis;

/**
 * Erases by walking a workspace's keys: keys named after the member are deleted, and the member's
 * field, set entry or sorted-set entry is removed from shared keys, each only where {@link
 * MemberKeys} says the store keeps member ids (a member called "poll" keeps everyone's answers).
 */
public final class RedisDataEraser implements org.allybot.core.member.DataEraser {
  private static final String SEPARATOR = "\u001f";
  private final UnifiedJedis redis;

  public RedisDataEraser(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public void forget(UserRef user) {
    String id = user.userId();
    String workspace = Keys.of(user.workspace(), "");
    String community = RedisCommunityStore.prefix(user.workspace());
    for (String key : keys(Keys.workspacePattern(user.workspace()))) {
      if (key.startsWith(community)) {
        continue; // no community key names a member; CommunityEraser forgets them there
      }
      String layout = key.substring(workspace.length());
      if (MemberKeys.named(layout, id)) {
        redis.del(key);
        continue;
      }
      switch (MemberKeys.entries(layout)) {
        case HASH_FIELDS -> removeField(key, id);
        case SET_MEMBERS -> redis.srem(key, id);
        case SORTED_SET_MEMBERS -> removeMembersOf(key, id);
        case NONE -> {}
      }
    }
    String prefix =
        String.join(SEPARATOR, user.workspace().platform().name(), user.workspace().id(), id)
            + SEPARATOR;
    for (String member : redis.zrange(Keys.global("check-ins"), 0, -1)) {
      if (member.startsWith(prefix)) {
        redis.zrem(Keys.global("check-ins"), member);
      }
    }
  }

  /** Removes a member's field; a poll answer's removal also drops the poll's running counts. */
  private void removeField(String key, String field) {
    if (redis.hdel(key, field) > 0) {
      String counts = RedisPollAnswers.countsKeyOf(key);
      if (counts != null) {
        redis.del(counts);
      }
    }
  }

  private void removeMembersOf(String key, String id) {
    for (String member : redis.zrange(key, 0, -1)) {
      if (member.equals(id) || member.endsWith("|" + id)) {
        redis.zrem(key, member);
      }
    }
  }

  @Override
  public void deleteWorkspace(WorkspaceId workspace) {
    for (String key : keys(Keys.workspacePattern(workspace))) {
      redis.del(key);
    }
    redis.srem(Keys.global("workspaces"), workspace.key());
    String prefix = workspace.platform().name() + SEPARATOR + workspace.id() + SEPARATOR;
    for (String member : redis.zrange(Keys.global("check-ins"), 0, -1)) {
      if (member.startsWith(prefix)) {
        redis.zrem(Keys.global("check-ins"), member);
      }
    }
  }

  @Override
  public int purgeBefore(Instant cutoff) {
    int purged = 0;
    for (String index : keys(Keys.ROOT + "{*}:answers-by-time")) {
      purged += purgeIndex(index, cutoff, "poll");
    }
    for (String index : keys(Keys.ROOT + "{*}:responses-by-time")) {
      purged += purgeIndex(index, cutoff, "lesson");
    }
    return purged;
  }

  private int purgeIndex(String index, Instant cutoff, String kind) {
    String prefix = index.substring(0, index.lastIndexOf(':') + 1);
    List<String> old = redis.zrangeByScore(index, 0, cutoff.getEpochSecond() - 1);
    for (String entry : old) {
      int bar = entry.lastIndexOf('|');
      removeField(prefix + kind + ":" + entry.substring(0, bar), entry.substring(bar + 1));
      redis.zrem(index, entry);
    }
    return old.size();
  }

  private List<String> keys(String pattern) {
    return KeyScan.matching(redis, pattern);
  }
}
