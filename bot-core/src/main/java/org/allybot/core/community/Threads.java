package org.allybot.core.community;

import java.util.Optional;
import org.allybot.core.WorkspaceId;
import org.allybot.core.command.UsageException;
import org.allybot.core.language.Messages;

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
  static String closed(Messages say, Question q) {
    return say.text(
        "community.closed",
        "n",
        q.number(),
        "hidden",
        Boolean.toString(q.status() == PostStatus.HIDDEN));
  }
}
