package org.allybot.teams;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/** A {@link TeamsStore} in maps, for adapter tests; the server's is on Redis. */
final class InMemoryTeamsStore implements TeamsStore {
  final Map<String, String> conversations = new ConcurrentHashMap<>();
  final Map<String, Set<String>> teams = new ConcurrentHashMap<>();
  final Map<UserRef, String> personal = new ConcurrentHashMap<>();
  final Map<String, String> owners = new ConcurrentHashMap<>();
  final Map<UserRef, String> accounts = new ConcurrentHashMap<>();
  final Map<WorkspaceId, String> serviceUrls = new ConcurrentHashMap<>();
  volatile boolean failNextWrite;

  private static String key(WorkspaceId ws, String id) {
    return ws.key() + "|" + id;
  }

  @Override
  public void saveConversation(WorkspaceId ws, String conversationId, String json, String teamId) {
    conversations.put(key(ws, conversationId), json);
    if (!teamId.isEmpty()) {
      teams
          .computeIfAbsent(key(ws, teamId), k -> ConcurrentHashMap.newKeySet())
          .add(conversationId);
    }
  }

  @Override
  public Optional<String> conversation(WorkspaceId ws, String conversationId) {
    return Optional.ofNullable(conversations.get(key(ws, conversationId)));
  }

  @Override
  public void deleteConversation(WorkspaceId ws, String conversationId) {
    conversations.remove(key(ws, conversationId));
  }

  @Override
  public void deleteTeam(WorkspaceId ws, String teamId) {
    Set<String> ids = teams.remove(key(ws, teamId));
    if (ids != null) {
      ids.forEach(id -> conversations.remove(key(ws, id)));
    }
    conversations.remove(key(ws, teamId));
  }

  @Override
  public void savePersonal(UserRef user, String conversationId, String json) {
    personal.put(user, json);
    owners.put(key(user.workspace(), conversationId), user.userId());
  }

  @Override
  public Optional<String> personal(UserRef user) {
    return Optional.ofNullable(personal.get(user));
  }

  @Override
  public Optional<String> personalOwner(WorkspaceId ws, String conversationId) {
    return Optional.ofNullable(owners.get(key(ws, conversationId)));
  }

  @Override
  public void deletePersonal(UserRef user) {
    personal.remove(user);
    accounts.remove(user);
    owners.values().removeIf(owner -> owner.equals(user.userId()));
  }

  @Override
  public void saveAccount(UserRef user, String accountId) {
    accounts.put(user, accountId);
  }

  @Override
  public Optional<String> account(UserRef user) {
    return Optional.ofNullable(accounts.get(user));
  }

  @Override
  public void saveServiceUrl(WorkspaceId ws, String serviceUrl) {
    if (failNextWrite) {
      failNextWrite = false;
      throw new IllegalStateException("store unavailable");
    }
    serviceUrls.put(ws, serviceUrl);
  }

  @Override
  public Optional<String> serviceUrl(WorkspaceId ws) {
    return Optional.ofNullable(serviceUrls.get(ws));
  }
}
