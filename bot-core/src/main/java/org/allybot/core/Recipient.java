package org.allybot.core;

/** Where a message goes: a channel or a direct conversation, by the platform's id. */
public record Recipient(WorkspaceId workspace, String conversationId) {}
