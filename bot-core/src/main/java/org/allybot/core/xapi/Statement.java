package org.allybot.core.xapi;

/** One xAPI statement ready to send: its id and its JSON, byte for byte what the LRS receives. */
public record Statement(String id, String json) {}
