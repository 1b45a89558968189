package org.allybot.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.member.Member;
import org.allybot.core.member.MemberStore;
import redis.clients.jedis.UnifiedJedis;

/** Members as JSON under {@code member:ID}, with a set of ids per workspace. */
public final class RedisMemberStore implements MemberStore {
  private final UnifiedJedis redis;

  public RedisMemberStore(UnifiedJedis redis) {
    this.redis = redis;
  }

  @Override
  public Optional<Member> find(UserRef user) {
    String json = redis.get(Keys.of(user.workspace(), "member", user.userId()));
    return Optional.ofNullable(json).map(j -> Json.read(j, Member.class));
  }

  @Override
  public void save(Member member) {
    WorkspaceId ws = member.user().workspace();
    redis.set(Keys.of(ws, "member", member.user().userId()), Json.write(member));
    redis.sadd(Keys.of(ws, "members"), member.user().userId());
    redis.sadd(Keys.global("workspaces"), ws.key());
  }

  @Override
  public List<Member> all(WorkspaceId workspace) {
    return redis.smembers(Keys.of(workspace, "members")).stream()
        .sorted()
        .map(id -> find(new UserRef(workspace, id)).orElse(null))
        .filter(Objects::nonNull)
        .toList();
  }

  @Override
  public void delete(UserRef user) {
    redis.del(Keys.of(user.workspace(), "member", user.userId()));
    redis.srem(Keys.of(user.workspace(), "members"), user.userId());
  }
}
