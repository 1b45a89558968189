package org.allybot.core.community;

/**
 * A numbered post in the community channel: a question, or a reply in a question's thread. Numbers
 * are shared by both, per workspace, so {@code #N} always names one post.
 */
public sealed interface Post permits Question, ThreadReply {
  int number();

  /** The number of the question whose thread this post is in (its own number for a question). */
  int question();

  /** The platform's id of the posted message, or empty when the bot could not post it itself. */
  String messageId();

  Authorship author();

  PostStatus status();

  boolean anonymous();

  /** The author's user id when they posted under their name, else empty. */
  String namedAuthor();

  /** How the post is signed in the channel: a mention, or a per-thread label like "Ally 1". */
  String signature();
}
