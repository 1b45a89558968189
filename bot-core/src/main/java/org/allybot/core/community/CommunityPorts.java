package org.allybot.core.community;

/** What the community feature needs from the outside: its stores, its seal and its limits. */
public record CommunityPorts(
    CommunityStore store, ThreadMarks marks, AuthorSeal seal, CommunityConfig config) {}
