package org.allybot.core.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.allybot.core.WorkspaceId;

/** Where the community's setup and numbered posts are kept. */
public interface CommunityStore {
  Optional<CommunitySetup> setup(WorkspaceId workspace);

  void saveSetup(WorkspaceId workspace, CommunitySetup setup);

  /** Every workspace that has a community setup. */
  List<WorkspaceId> workspaces();

  /** Forgets that a workspace has a community (after it was uninstalled). */
  void dropWorkspace(WorkspaceId workspace);

  /** The next post number of the workspace, from 1. */
  int nextNumber(WorkspaceId workspace);

  /** Saves a post (new or changed); a question is also found by its message id afterwards. */
  void save(WorkspaceId workspace, Post post);

  Optional<Post> post(WorkspaceId workspace, int number);

  /** Every post of the workspace, by number. */
  List<Post> posts(WorkspaceId workspace);

  /** The replies in a question's thread, oldest first. */
  List<ThreadReply> replies(WorkspaceId workspace, int question);

  /** The question posted as the channel message {@code messageId}. */
  Optional<Integer> questionAt(WorkspaceId workspace, String messageId);

  /** Notes a question that waits for advice since {@code since}. */
  void awaitAdvice(WorkspaceId workspace, int question, Instant since);

  /** The question no longer waits (it got advice, was resolved or hidden). */
  void stopAwaiting(WorkspaceId workspace, int question);

  /** Questions waiting for advice since before {@code cutoff}, oldest first. */
  List<Integer> awaitingSince(WorkspaceId workspace, Instant cutoff);

  /** Records that this week's facilitator heard of the question; false if they already had. */
  boolean markNudged(WorkspaceId workspace, String week, int question);
}
