package org.allybot.core.desk;

/**
 * The person a report names: as typed, the user id when it was a mention (else empty), and a keyed
 * tag of that person that escrow matching and the conflict rule compare, never reverse.
 */
public record Subject(String text, String userId, String tag) {
  public static Subject none() {
    return new Subject("", "", "");
  }

  public boolean named() {
    return !tag.isEmpty();
  }
}
