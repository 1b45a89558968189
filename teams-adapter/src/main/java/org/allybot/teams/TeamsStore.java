package org.allybot.teams;

import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * Where the Teams adapter keeps what proactive messages need, per tenant: conversation references
 * (as JSON) of teams, channels and group chats, each member's 1:1 conversation, each member's Bot
 * Framework account id, and the tenant's service URL. Implemented on Redis by the server, under the
 * tenant's keys, so that deleting a tenant's data deletes these too.
 */
public interface TeamsStore {
  /** Keeps a team, channel or group chat reference; {@code teamId} is empty outside teams. */
  void saveConversation(WorkspaceId ws, String conversationId, String referenceJson, String teamId);

  Optional<String> conversation(WorkspaceId ws, String conversationId);

  void deleteConversation(WorkspaceId ws, String conversationId);

  /** Deletes the team's own conversation and every channel reference kept for it. */
  void deleteTeam(WorkspaceId ws, String teamId);

  /** Keeps the member's 1:1 conversation with the bot. */
  void savePersonal(UserRef user, String conversationId, String referenceJson);

  /** The member's 1:1 conversation reference, if the bot has one. */
  Optional<String> personal(UserRef user);

  /** Whose 1:1 conversation {@code conversationId} is, if it is one the bot keeps. */
  Optional<String> personalOwner(WorkspaceId ws, String conversationId);

  /** Forgets the member's 1:1 conversation and account id (the bot was uninstalled for them). */
  void deletePersonal(UserRef user);

  /** The member's Bot Framework account id ({@code 29:...}), needed to open a 1:1 conversation. */
  void saveAccount(UserRef user, String accountId);

  Optional<String> account(UserRef user);

  void saveServiceUrl(WorkspaceId ws, String serviceUrl);

  Optional<String> serviceUrl(WorkspaceId ws);
}
