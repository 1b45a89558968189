package org.allybot.core.member;

import java.util.List;
import java.util.Optional;
import org.allybot.core.CoreContext;
import org.allybot.core.UserRef;
import org.allybot.core.event.Actor;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/**
 * Knows members: creates them on first contact, keeps their zone fresh, and decides who is admin.
 */
public final class MemberDirectory {
  private final CoreContext core;

  public MemberDirectory(CoreContext core) {
    this.core = core;
  }

  /** The member behind an actor, created or refreshed from what the platform told us. */
  public Member touch(Actor actor) {
    Optional<Member> known = core.members().find(actor.user());
    Member member =
        known.orElseGet(() ->
            Member.newcomer(
                actor.user(), actor.displayName(), actor.timeZone(), core.clock().instant()));
    Member refreshed = member;
    if (!actor.timeZone().isBlank() && !actor.timeZone().equals(member.timeZone())) {
      refreshed = refreshed.withTimeZone(actor.timeZone());
    }
    if (!actor.displayName().isBlank() && !actor.displayName().equals(member.displayName())) {
      refreshed = refreshed.withDisplayName(actor.displayName());
    }
    if (refreshed != member || known.isEmpty()) {
      core.members().save(refreshed);
    }
    return refreshed;
  }

  /** A member known only by id (from an audience list or a channel), created if new. */
  public Member byId(UserRef user) {
    return core.members()
        .find(user)
        .orElseGet(() -> {
          Member created = Member.newcomer(user, "", "", core.clock().instant());
          core.members().save(created);
          return created;
        });
  }

  public boolean isAdmin(Actor actor) {
    return actor.platformAdmin() || isAdmin(actor.user());
  }

  public boolean isAdmin(UserRef user) {
    return core.config().admins().contains(user.userId())
        || core.admins().list(user.workspace()).contains(user.userId())
        || core.members().find(user).map(m -> m.role() == Member.Role.ADMIN).orElse(false);
  }

  /**
   * The two-line introduction a member sees in their first message from Allybot, once. Returns null
   * when they have already seen it.
   */
  public Message introduceOnce(UserRef user) {
    return introduceOnce(byId(user));
  }

  /** As {@link #introduceOnce(UserRef)}, for a member just read, so it is not read again. */
  public Message introduceOnce(Member member) {
    if (member.introduced()) {
      return null;
    }
    core.members().save(member.markIntroduced());
    return introduction(core.languageOf().messages(member.user()), core.config().privacyUrl());
  }

  /** In English, for a place where nobody's language is known yet. */
  public static Message introduction(String privacyUrl) {
    return introduction(Messages.english(), privacyUrl);
  }

  public static Message introduction(Messages say, String privacyUrl) {
    return new Message(
        say.text("intro.summary"),
        List.of(
            new Block.Text(say.text("intro.hello")),
            new Block.Text(say.text("intro.privacy", "url", privacyUrl))));
  }
}
