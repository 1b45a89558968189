package org.allybot.core;

/** A message already posted, so it can be updated. */
public record MessageRef(WorkspaceId workspace, String conversationId, String messageId) {}
