package org.allybot.core;

/**
 * Where a message goes: a channel or a direct conversation, by the platform's id, and optionally a
 * thread in it ({@code threadId} empty for the conversation itself).
 */
public record Recipient(WorkspaceId workspace, String conversationId, String threadId) {
  public Recipient(WorkspaceId workspace, String conversationId) {
    this(workspace, conversationId, "");
  }

  public boolean inThread() {
    return !threadId.isEmpty();
  }
}
