package org.allybot.server.teams;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.store.Keys;
import org.allybot.teams.TeamsStore;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Teams adapter's references on Redis, under the tenant's own keys, so that an admin's purge
 * deletes them with the rest. The layout also lets "forget me" remove a member's traces: their 1:1
 * reference has a key of its own ending in their id, their account id is a hash field named by
 * their id, and the index from conversation to member is a sorted set of {@code
 * conversationId|userId}, whose members ending in {@code |userId} the eraser removes.
 */
final class RedisTeamsStore implements TeamsStore {
  private final Supplier<UnifiedJedis> redis;

  /** {@code redis} is asked each time: the runtime opens Redis after the platforms exist. */
  RedisTeamsStore(Supplier<UnifiedJedis> redis) {
    this.redis = redis;
  }

  private static String conversations(WorkspaceId ws) {
    return Keys.of(ws, "teams", "conversations");
  }

  private static String team(WorkspaceId ws, String teamId) {
    return Keys.of(ws, "teams", "team", teamId);
  }

  private static String personalKey(UserRef user) {
    return Keys.of(user.workspace(), "teams", "personal", user.userId());
  }

  private static String owners(WorkspaceId ws) {
    return Keys.of(ws, "teams", "personal-index");
  }

  private static String accounts(WorkspaceId ws) {
    return Keys.of(ws, "teams", "accounts");
  }

  @Override
  public void saveConversation(WorkspaceId ws, String conversationId, String json, String teamId) {
    redis.get().hset(conversations(ws), conversationId, json);
    if (!teamId.isEmpty()) {
      redis.get().sadd(team(ws, teamId), conversationId);
    }
  }

  @Override
  public Optional<String> conversation(WorkspaceId ws, String conversationId) {
    return Optional.ofNullable(redis.get().hget(conversations(ws), conversationId));
  }

  @Override
  public void deleteConversation(WorkspaceId ws, String conversationId) {
    redis.get().hdel(conversations(ws), conversationId);
  }

  @Override
  public void deleteTeam(WorkspaceId ws, String teamId) {
    UnifiedJedis r = redis.get();
    for (String conversationId : r.smembers(team(ws, teamId))) {
      r.hdel(conversations(ws), conversationId);
    }
    r.hdel(conversations(ws), teamId);
    r.del(team(ws, teamId));
  }

  @Override
  public void savePersonal(UserRef user, String conversationId, String json) {
    UnifiedJedis r = redis.get();
    r.set(personalKey(user), json);
    r.zadd(owners(user.workspace()), 0, conversationId + "|" + user.userId());
  }

  @Override
  public Optional<String> personal(UserRef user) {
    return Optional.ofNullable(redis.get().get(personalKey(user)));
  }

  @Override
  public Optional<String> personalOwner(WorkspaceId ws, String conversationId) {
    List<String> found =
        redis.get().zrangeByLex(owners(ws), "[" + conversationId + "|", "(" + conversationId + "}");
    return found.stream().map(member -> member.substring(member.lastIndexOf('|') + 1)).findFirst();
  }

  @Override
  public void deletePersonal(UserRef user) {
    UnifiedJedis r = redis.get();
    for (String member : r.zrange(owners(user.workspace()), 0, -1)) {
      if (member.endsWith("|" + user.userId())) {
        r.zrem(owners(user.workspace()), member);
      }
    }
    r.del(personalKey(user));
    r.hdel(accounts(user.workspace()), user.userId());
  }

  @Override
  public void saveAccount(UserRef user, String accountId) {
    redis.get().hset(accounts(user.workspace()), user.userId(), accountId);
  }

  @Override
  public Optional<String> account(UserRef user) {
    return Optional.ofNullable(redis.get().hget(accounts(user.workspace()), user.userId()));
  }

  @Override
  public void saveServiceUrl(WorkspaceId ws, String serviceUrl) {
    redis.get().set(Keys.of(ws, "teams", "service-url"), serviceUrl);
  }

  @Override
  public Optional<String> serviceUrl(WorkspaceId ws) {
    return Optional.ofNullable(redis.get().get(Keys.of(ws, "teams", "service-url")));
  }
}
