package org.allybot.core.community;

/**
 * Who wrote a post, kept so that only the author benefits: {@code seal} is the author's user id
 * encrypted for this one post (opened only to deliver a private message to them), and {@code check}
 * is a keyed tag of the author for this one post (it answers "did this person write it?", never
 * "who wrote it?"). Both are empty once the author asked to be forgotten.
 */
public record Authorship(String seal, String check) {
  public static Authorship none() {
    return new Authorship("", "");
  }

  public boolean isKnown() {
    return !check.isEmpty();
  }
}
