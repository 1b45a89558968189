package org.allybot.core.community;

import java.time.Instant;
import java.util.List;

/**
 * A situation an ally brought to the community. {@code askedAt} is rounded up to the hour, so its
 * timing cannot be matched against other records; {@code hiddenReason} is set once hidden.
 */
public record Question(
    int number,
    String channelId,
    String messageId,
    String situation,
    String considering,
    String help,
    List<String> tags,
    boolean anonymous,
    String namedAuthor,
    Authorship author,
    Instant askedAt,
    PostStatus status,
    String hiddenReason,
    Resolution resolution)
    implements Post {
  public Question {
    tags = List.copyOf(tags);
  }

  @Override
  public int question() {
    return number;
  }

  @Override
  public String signature() {
    return anonymous ? "An ally" : "<@" + namedAuthor + ">";
  }

  public Question withTags(List<String> newTags) {
    return new Question(
        number,
        channelId,
        messageId,
        situation,
        considering,
        help,
        newTags,
        anonymous,
        namedAuthor,
        author,
        askedAt,
        status,
        hiddenReason,
        resolution);
  }

  public Question hidden(String reason) {
    return new Question(
        number,
        channelId,
        messageId,
        situation,
        considering,
        help,
        tags,
        anonymous,
        namedAuthor,
        author,
        askedAt,
        PostStatus.HIDDEN,
        reason,
        resolution);
  }

  public Question resolved(Resolution how) {
    return new Question(
        number,
        channelId,
        messageId,
        situation,
        considering,
        help,
        tags,
        anonymous,
        namedAuthor,
        author,
        askedAt,
        PostStatus.RESOLVED,
        hiddenReason,
        how);
  }

  /** The same question with its author link dropped (an anonymous author asked to be forgotten). */
  public Question unlinked() {
    return new Question(
        number,
        channelId,
        messageId,
        situation,
        considering,
        help,
        tags,
        anonymous,
        namedAuthor,
        Authorship.none(),
        askedAt,
        status,
        hiddenReason,
        resolution);
  }

  /** The question with its words and author removed (a named author asked to be forgotten). */
  public Question removed() {
    return new Question(
        number,
        channelId,
        messageId,
        "",
        "",
        help,
        tags,
        anonymous,
        "",
        Authorship.none(),
        askedAt,
        PostStatus.REMOVED,
        hiddenReason,
        null);
  }
}
