package org.allybot.core.community;

import java.time.Instant;

/**
 * A post in a question's thread: advice through Allybot, a reply typed straight into the thread, or
 * the asker's own follow-up. {@code label} is how it is signed ("Ally 1", "Asker" or a mention).
 */
public record ThreadReply(
    int number,
    int question,
    String messageId,
    Kind kind,
    String text,
    String label,
    boolean anonymous,
    String namedAuthor,
    Authorship author,
    Instant at,
    PostStatus status,
    String hiddenReason)
    implements Post {

  /** How the reply reached the thread. */
  public enum Kind {
    ADVICE,
    THREAD_REPLY,
    FOLLOW_UP
  }

  @Override
  public String signature() {
    return label;
  }

  /** Whether it counts as advice for the asker (follow-ups and hidden replies do not). */
  public boolean isAdvice() {
    return kind != Kind.FOLLOW_UP && !status.isGone();
  }

  public ThreadReply hidden(String reason) {
    return new ThreadReply(
        number,
        question,
        messageId,
        kind,
        text,
        label,
        anonymous,
        namedAuthor,
        author,
        at,
        PostStatus.HIDDEN,
        reason);
  }

  public ThreadReply unlinked() {
    return new ThreadReply(
        number,
        question,
        messageId,
        kind,
        text,
        label,
        anonymous,
        namedAuthor,
        Authorship.none(),
        at,
        status,
        hiddenReason);
  }

  public ThreadReply removed() {
    return new ThreadReply(
        number,
        question,
        messageId,
        kind,
        "",
        "(removed)",
        anonymous,
        "",
        Authorship.none(),
        at,
        PostStatus.REMOVED,
        hiddenReason);
  }
}
