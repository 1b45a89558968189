package org.allybot.content;

import java.util.List;

/** Interchangeable wordings for one part of the weekly digest. */
public record DigestTemplate(String id, List<String> variants) {
  public DigestTemplate {
    variants = List.copyOf(variants);
  }

  /** Picks a variant that changes from week to week. */
  public String pick(long week) {
    return variants.get((int) Math.floorMod(week, (long) variants.size()));
  }
}
