package org.allybot.core.desk;

/** What the desk needs from the outside: its store, its seal, and how long closed reports stay. */
public record DeskPorts(DeskStore store, DeskSeal seal, int retentionDays) {}
