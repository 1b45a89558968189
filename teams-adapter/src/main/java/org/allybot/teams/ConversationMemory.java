package org.allybot.teams;

import org.allybot.core.UserRef;

/**
 * Keeps what each activity teaches about where the bot can post later: the tenant's service URL,
 * the sender's account id, and the reference of the conversation it came from (the sender's 1:1
 * chat, or a channel or group chat). Installation events miss sometimes; messages fill the gap.
 */
final class ConversationMemory {
  private final TeamsStore store;

  ConversationMemory(TeamsStore store) {
    this.store = store;
  }

  void note(TeamsTurn turn) {
    store.saveServiceUrl(turn.workspace(), turn.in().activity().getServiceUrl());
    if (turn.actor() == null) {
      return;
    }
    UserRef user = turn.actor().user();
    if (!turn.accountId().isEmpty()) {
      store.saveAccount(user, turn.accountId());
    }
    if (turn.isPersonal()) {
      store.savePersonal(user, turn.in().conversationId(), References.write(turn.reference()));
    } else {
      saveShared(turn);
    }
  }

  /** Keeps the channel or group chat reference (without any thread part). */
  void saveShared(TeamsTurn turn) {
    var reference = turn.reference();
    reference.getConversation().setId(turn.channelId());
    store.saveConversation(
        turn.workspace(), turn.channelId(), References.write(reference), turn.in().teamId());
  }

  boolean knowsShared(TeamsTurn turn) {
    return store.conversation(turn.workspace(), turn.channelId()).isPresent();
  }

  boolean knowsPersonal(TeamsTurn turn) {
    return turn.actor() != null && store.personal(turn.actor().user()).isPresent();
  }
}
