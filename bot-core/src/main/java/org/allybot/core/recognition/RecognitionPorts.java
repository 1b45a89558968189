package org.allybot.core.recognition;

/** What recognition needs from the outside: its store and its limits. */
public record RecognitionPorts(RecognitionStore store, RecognitionConfig config) {}
