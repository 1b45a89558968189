package org.allybot.core.xapi;

/** A statement as the queue handed it out: {@code entryId} settles it. */
public record QueuedStatement(String entryId, Statement statement) {}
