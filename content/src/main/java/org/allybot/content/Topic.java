package org.allybot.content;

/** A topic tag that lessons and scenarios may carry. */
public record Topic(String id, String description) {}
