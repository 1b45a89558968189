package org.allybot.content;

/**
 * A lesson's recall question, asked a week or more after the lesson so that its takeaway comes back
 * from memory; the learner reveals the answer and says whether they remembered it.
 */
public record Recall(String question, String answer) {
  /** No recall question. */
  public static final Recall NONE = new Recall("", "");

  public boolean isPresent() {
    return !question.isBlank();
  }
}
