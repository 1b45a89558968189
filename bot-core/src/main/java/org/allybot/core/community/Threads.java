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

  static int number(Messages say, String token, String usage) {
    String digits = token.startsWith("#") ? token.substring(1) : token;
    if (!digits.matches("\\d{1,9}")) {
      throw new UsageException(
          token.isEmpty()
              ? say.text("community.which-post")
              : say.text("community.not-a-number", "token", token),
          usage);
    }
    return Integer.parseInt(digits);
  }

  Post post(Messages say, WorkspaceId ws, int number, String usage) {
    return store
        .post(ws, number)
        .orElseThrow(() -> new UsageException(say.text("community.no-post", "n", number), usage));
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

  Question questionOf(Messages say, WorkspaceId ws, int number, String usage) {
    return question(ws, post(say, ws, number, usage))
        .orElseThrow(
            () -> new UsageException(say.text("community.thread-deleted", "n", number), usage));
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
