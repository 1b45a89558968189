package org.allybot.core;

/** A person on one platform, by the platform's own user id. */
public record UserRef(WorkspaceId workspace, String userId) {}
