package org.allybot.core.community;

import java.time.Instant;

/**
 * How a question ended, in the asker's words, and whether they allowed the weekly digest to feature
 * it without names.
 */
public record Resolution(String whatIDid, boolean mayFeature, Instant at) {
  public Resolution withMayFeature(boolean allowed) {
    return new Resolution(whatIDid, allowed, at);
  }
}
