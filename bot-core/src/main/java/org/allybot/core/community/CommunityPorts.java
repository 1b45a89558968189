package org.allybot.core.community;

/**
 * What the community feature needs from the outside: its stores, its seal, its limits, and the log
 * of its activity that reports count.
 */
public record CommunityPorts(
    CommunityStore store,
    ThreadMarks marks,
    AuthorSeal seal,
    CommunityConfig config,
    CommunityLog log) {}
