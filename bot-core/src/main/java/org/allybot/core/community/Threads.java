package org.allybot.core.community;

import java.util.Optional;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;

/** Finds the post a {@code #N} names, and says politely why a thread is closed. */
final class Threads {
  private final CommunityStore store;

  Threads(CommunityStore store) {
    this.store = store;
  }

  static int number(String token, String usage) {
    String digits = token.startsWith("#") ? token.substring(1) : token;
    if (!digits.matches("\\d{1,9}")) {
      throw new UsageException(
          token.isEmpty()
              ? "Which post? Give its number."
              : "'" + token + "' is not a post number.",
          usage);
    }
    return Integer.parseInt(digits);
  }

  Post post(WorkspaceId ws, int number, String usage) {
    return store
        .post(ws, number)
        .orElseThrow(() ->
            new UsageException(
                "There's no community post #"
                    + number
                    + ". It may have been deleted; the number is shown on each post.",
                usage));
  }

  /** The question a post belongs to (the post itself when it is a question). */
  Optional<Question> question(WorkspaceId ws, Post post) {
    if (post instanceof Question q) {
      return Optional.of(q);
    }
    return store
        .post(ws, post.question())
        .filter(Question.class::isInstance)
        .map(Question.class::cast);
  }

  Question questionOf(WorkspaceId ws, int number, String usage) {
    return question(ws, post(ws, number, usage))
        .orElseThrow(
            () -> new UsageException("The thread of post #" + number + " was deleted.", usage));
  }

  /** Why nothing can be posted in a hidden or deleted thread, kindly. */
  static String closed(Question q) {
    String why = q.status() == PostStatus.HIDDEN ? "was hidden by the facilitator" : "was deleted";
    return "Question #"
        + q.number()
        + " "
        + why
        + ", so its thread is closed and nothing was posted. Thank you for wanting to help; if"
        + " you still need advice yourself, you're welcome to ask again with `/ally ask`.";
  }
}
