package org.allybot.core.nudge;

/** What inclusive-language nudges need from outside the core: their store and the author tags. */
public record NudgePorts(NudgeStore store, AuthorTags tags) {}
