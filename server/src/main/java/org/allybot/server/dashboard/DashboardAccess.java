package org.allybot.server.dashboard;

import java.util.Optional;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.OneTimeLinks;

/**
 * Who may see the dashboard: a sign-in link turns into a session only for an admin, and every
 * request checks again against the roster the bot uses, so removing an admin ends their sessions at
 * their next click. A platform admin (a Slack workspace admin, the shell's admin) stays one for as
 * long as the bot itself would take their word.
 */
final class DashboardAccess {
  private final OneTimeLinks links;
  private final AdminSessions sessions;
  private final MemberDirectory directory;

  DashboardAccess(OneTimeLinks links, AdminSessions sessions, MemberDirectory directory) {
    this.links = links;
    this.sessions = sessions;
    this.directory = directory;
  }

  /** What a sign-in link led to. */
  sealed interface SignIn {
    /** A session was opened; {@code cookie} goes in the browser. */
    record Opened(String cookie, LinkHolder holder) implements SignIn {}

    /** The link was unknown, expired, already used or malformed. */
    record BadLink() implements SignIn {}

    /** The link was good, but its holder is no longer an admin. */
    record NotAdmin() implements SignIn {}
  }

  SignIn signIn(String token) {
    Optional<LinkHolder> holder = links.consume(LinkPurpose.DASHBOARD, token);
    if (holder.isEmpty()) {
      return new SignIn.BadLink();
    }
    if (!isAdmin(holder.get())) {
      return new SignIn.NotAdmin();
    }
    return new SignIn.Opened(sessions.open(holder.get()), holder.get());
  }

  /** The signed-in admin behind a cookie; a session whose holder lost admin rights is ended. */
  Optional<LinkHolder> current(String cookie) {
    Optional<LinkHolder> holder = sessions.find(cookie);
    if (holder.isPresent() && !isAdmin(holder.get())) {
      sessions.end(cookie);
      return Optional.empty();
    }
    return holder;
  }

  void signOut(String cookie) {
    sessions.end(cookie);
  }

  private boolean isAdmin(LinkHolder holder) {
    return holder.platformAdmin() || directory.isAdmin(holder.user());
  }
}
