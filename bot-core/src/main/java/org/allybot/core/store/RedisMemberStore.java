package org.allybot.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberStore;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Members as JSON under {@code member:ID}, with a set of ids per workspace. */
public final class RedisMemberStore implements MemberStore {
  private static final int READ_CHUNK = 500;

  private final UnifiedJedis redis;

  public RedisMemberStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<Member> find(UserRef user) {
    String json = redis.get(Keys.of(user.workspace(), "member", user.userId()));
    return Optional.ofNullable(json).map(j -> Json.read(j, Member.class));
  }

  /** One {@code MGET} per workspace, all in one round trip: this runs for every delivery batch. */
  @Override
  public Map<UserRef, Member> findAll(Collection<UserRef> users) {
    Map<WorkspaceId, List<UserRef>> groups = UsersByWorkspace.group(users);
    Map<WorkspaceId, Response<List<String>>> replies = new HashMap<>();
    try (AbstractPipeline pipeline = redis.pipelined()) {
      groups.forEach((workspace, group) -> replies.put(workspace, pipeline.mget(keys(group))));
      pipeline.sync();
    }
    Map<UserRef, Member> found = new HashMap<>();
    groups.forEach((workspace, group) -> {
      List<String> values = replies.get(workspace).get();
      for (int i = 0; i < group.size(); i++) {
        if (values.get(i) != null) {
          found.put(group.get(i), Json.read(values.get(i), Member.class));
        }
      }
    });
    return found;
  }

  @Override
  public void save(Member member) {
    WorkspaceId ws = member.user().workspace();
    redis.set(Keys.of(ws, "member", member.user().userId()), Json.write(member));
    redis.sadd(Keys.of(ws, "members"), member.user().userId());
    redis.sadd(Keys.global("workspaces"), ws.key());
  }

  /**
   * Every member, read {@value #READ_CHUNK} at a time with {@code MGET} (one workspace's keys share
   * a cluster slot), so listing a large audience is not one round trip per member.
   */
  @Override
  public List<Member> all(WorkspaceId workspace) {
    List<String> ids = ids(workspace);
    List<Member> members = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += READ_CHUNK) {
      String[] keys =
          ids.subList(from, Math.min(ids.size(), from + READ_CHUNK)).stream()
              .map(id -> Keys.of(workspace, "member", id))
              .toArray(String[]::new);
      redis.mget(keys).stream()
          .filter(Objects::nonNull)
          .map(json -> Json.read(json, Member.class))
          .forEach(members::add);
    }
    return members;
  }

  @Override
  public List<String> ids(WorkspaceId workspace) {
    return redis.smembers(Keys.of(workspace, "members")).stream().sorted().toList();
  }

  @Override
  public void delete(UserRef user) {
    redis.del(Keys.of(user.workspace(), "member", user.userId()));
    redis.srem(Keys.of(user.workspace(), "members"), user.userId());
  }

  private static String[] keys(List<UserRef> users) {
    return users.stream()
        .map(u -> Keys.of(u.workspace(), "member", u.userId()))
        .toArray(String[]::new);
  }
}
