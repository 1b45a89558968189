package org.allybot.core.recognition;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.allybot.core.MessageRef;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/** Where recognitions, the recognition channel, sharing preferences and daily counts are kept. */
public interface RecognitionStore {
  /** A new id, unique in the workspace. */
  String nextId(WorkspaceId ws);

  void save(WorkspaceId ws, Recognition recognition);

  Optional<Recognition> find(WorkspaceId ws, String id);

  /** Every recognition of the workspace, oldest first. */
  List<Recognition> all(WorkspaceId ws);

  /** Deletes the recognition, its claims and the record of its channel post. */
  void delete(WorkspaceId ws, String id);

  /**
   * Deletes, in every workspace, the recognitions given before {@code cutoff} (with their claims
   * and post records); returns how many.
   */
  int deleteGivenBefore(java.time.Instant cutoff);

  /** Keeps where the recognition's channel post landed, so that it can be taken down. */
  void savePost(WorkspaceId ws, String id, MessageRef post);

  /** Where its channel post landed; empty when it was never posted or was taken down. */
  Optional<MessageRef> post(WorkspaceId ws, String id);

  void forgetPost(WorkspaceId ws, String id);

  /**
   * True only for the first caller for this recognition and {@code step}, so a step done on a
   * double click or by two instances at once happens once.
   */
  boolean claim(WorkspaceId ws, String id, String step);

  Optional<String> channel(WorkspaceId ws);

  void setChannel(WorkspaceId ws, String channelId);

  SharingPreference preference(UserRef user);

  void setPreference(UserRef user, SharingPreference preference);

  /** How many thanks the member gave on {@code day}. */
  int given(UserRef user, LocalDate day);

  /** Counts one more thanks given on {@code day}; the count expires after {@code keep}. */
  void countGiven(UserRef user, LocalDate day, Duration keep);
}
