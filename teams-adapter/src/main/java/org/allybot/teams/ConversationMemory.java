package org.allybot.teams;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allybot.core.UserRef;

/**
 * Keeps what each activity teaches about where the bot can post later: the tenant's service URL,
 * the sender's account id, and the reference of the conversation it came from (the sender's 1:1
 * chat, or a channel or group chat). Installation events miss sometimes; messages fill the gap.
 */
final class ConversationMemory {
  /** How long this instance trusts that what it wrote is still stored, before writing it again. */
  static final Duration FRESH = Duration.ofMinutes(10);

  private static final int MAX_REMEMBERED = 50_000;

  private final TeamsStore store;
  private final Map<String, Long> written = new ConcurrentHashMap<>();

  ConversationMemory(TeamsStore store) {
    this.store = store;
  }

  /**
   * Keeps what this activity teaches, unless this instance wrote the same within {@link #FRESH}: a
   * busy member's every click would otherwise rewrite the same keys.
   */
  void note(TeamsTurn turn) {
    String what =
        turn.workspace().key()
            + "|"
            + turn.in().conversationId()
            + "|"
            + turn.accountId()
            + "|"
            + turn.in().activity().getServiceUrl();
    long now = System.nanoTime();
    Long before = written.get(what);
    if (before != null && now - before < FRESH.toNanos()) {
      return;
    }
    noteNow(turn);
    if (written.size() > MAX_REMEMBERED) {
      written.clear();
    }
    written.put(what, now);
  }

  /** Keeps what this activity teaches, now. */
  void noteNow(TeamsTurn turn) {
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

  /** Forgets what this instance wrote, after the store deleted some of it. */
  void forgetWritten() {
    written.clear();
  }

  boolean knowsShared(TeamsTurn turn) {
    return store.conversation(turn.workspace(), turn.channelId()).isPresent();
  }

  boolean knowsPersonal(TeamsTurn turn) {
    return turn.actor() != null && store.personal(turn.actor().user()).isPresent();
  }
}
