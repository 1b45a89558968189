package org.allybot.core.community;

import java.time.Duration;
import java.util.Optional;
import org.allybot.core.WorkspaceId;

/**
 * Small per-person facts of the community, each kept under a keyed tag from {@link AuthorSeal} and
 * never under a user id: per-thread labels, helpful marks, the notification-to-thread links and the
 * daily counters.
 */
public interface ThreadMarks {
  /** The label of the person behind {@code tag} in a thread, giving them one if new. */
  String label(WorkspaceId workspace, int question, String tag, Optional<String> wanted);

  void dropLabel(WorkspaceId workspace, int question, String tag);

  /** Marks a post helpful for the person behind {@code tag}; false if they already had. */
  boolean markHelpful(WorkspaceId workspace, int post, String tag);

  long helpfulCount(WorkspaceId workspace, int post);

  void dropHelpful(WorkspaceId workspace, int post, String tag);

  /** Remembers that the private message behind {@code tag} is about {@code question}. */
  void linkNotification(WorkspaceId workspace, String tag, int question);

  Optional<Integer> notification(WorkspaceId workspace, String tag);

  /** Drops every notification link of a question's asker. */
  void dropNotifications(WorkspaceId workspace, int question);

  /** A sealed counter value, if any. */
  Optional<String> counter(WorkspaceId workspace, String tag);

  /**
   * Saves a counter that Redis drops after {@code keepFor}. A relative expiry, so that it holds
   * whatever clock the caller counts days by.
   */
  void saveCounter(WorkspaceId workspace, String tag, String sealedValue, Duration keepFor);

  void dropCounter(WorkspaceId workspace, String tag);
}
