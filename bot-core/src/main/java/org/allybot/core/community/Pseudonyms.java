package org.allybot.core.community;

import java.util.Optional;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;

/**
 * The only place that turns a member into community tags and back. Tags are bound to one post or
 * one thread, so nothing links a person's posts together; a seal is opened only to send its author
 * a private message.
 */
final class Pseudonyms {
  static final String ASKER = "Asker";
  private static final java.util.regex.Pattern ALLY =
      java.util.regex.Pattern.compile("Ally (\\d+)");
  private static final java.util.regex.Pattern NAMED_ASKER =
      java.util.regex.Pattern.compile("(<@[^>]+>) \\(asker\\)");

  private final AuthorSeal seal;
  private final ThreadMarks marks;

  Pseudonyms(CommunityPorts ports) {
    this.seal = ports.seal();
    this.marks = ports.marks();
  }

  private static String context(WorkspaceId ws, int post) {
    return "author|" + ws.key() + "|" + post;
  }

  Authorship authorship(WorkspaceId ws, int post, String userId) {
    return new Authorship(seal.seal(userId, context(ws, post)), check(ws, post, userId));
  }

  private String check(WorkspaceId ws, int post, String userId) {
    return seal.tag("author", ws.key(), Integer.toString(post), userId);
  }

  boolean isAuthor(WorkspaceId ws, Post post, String userId) {
    return AuthorSeal.same(post.author().check(), check(ws, post.number(), userId));
  }

  /** The author, to deliver a private message to them; never shown, stored or logged. */
  Optional<UserRef> author(WorkspaceId ws, Post post) {
    return seal.open(post.author().seal(), context(ws, post.number()))
        .map(id -> new UserRef(ws, id));
  }

  /**
   * A stored label as a reader in {@code say}'s language sees it. Labels are stored as fixed codes
   * that happen to be English ("Asker", "Ally 2", "<@U1> (asker)" for a named asker), read the same
   * for every thread ever posted; a plain mention stays as it is.
   */
  static String shown(org.allybot.core.language.Messages say, String label) {
    if (ASKER.equals(label)) {
      return say.text("community.label.asker");
    }
    var ally = ALLY.matcher(label);
    if (ally.matches()) {
      return say.text("community.label.ally", "n", ally.group(1));
    }
    var named = NAMED_ASKER.matcher(label);
    return named.matches()
        ? say.text("community.label.named-asker", "mention", named.group(1))
        : label;
  }

  /** The member's label in one thread: "Asker" for the asker, else "Ally 1", "Ally 2"... */
  String label(WorkspaceId ws, int question, String userId, boolean asker) {
    return marks.label(
        ws,
        question,
        labelTag(ws, question, userId),
        asker ? Optional.of(ASKER) : Optional.empty());
  }

  String labelTag(WorkspaceId ws, int question, String userId) {
    return seal.tag("label", ws.key(), Integer.toString(question), userId);
  }

  String helpfulTag(WorkspaceId ws, int post, String userId) {
    return seal.tag("helpful", ws.key(), Integer.toString(post), userId);
  }

  /** The tag of a private notification, by the message id the platform gave it. */
  String notificationTag(WorkspaceId ws, String messageId) {
    return seal.tag("notification", ws.key(), messageId);
  }
}
