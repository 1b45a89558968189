package org.allybot.core.dashboard;

import java.time.Duration;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LanguageOf;
import org.allybot.core.language.Messages;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.OneTimeLinks;

/**
 * {@code /ally dashboard}: gives an admin, privately, a link that signs them in to the web
 * dashboard once within 10 minutes. Everyone else is told who can.
 */
public final class DashboardLinks {
  /** How long a sign-in link works. */
  public static final Duration VALID_FOR = Duration.ofMinutes(10);

  /** The path the link opens on the server, before {@code ?token=}. */
  public static final String LOGIN_PATH = "/admin/login";

  private final MemberDirectory directory;
  private final OneTimeLinks links;
  private final String publicUrl;
  private final LanguageOf languageOf;

  public DashboardLinks(
      MemberDirectory directory, OneTimeLinks links, String publicUrl, LanguageOf languageOf) {
    this.directory = directory;
    this.links = links;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.languageOf = languageOf;
  }

  public Reply link(Actor actor) {
    Messages say = languageOf.messages(actor.user());
    if (!directory.isAdmin(actor)) {
      return Reply.text(say.text("admin.dashboard.admins-only"));
    }
    String token =
        links.issue(
            LinkPurpose.DASHBOARD, new LinkHolder(actor.user(), actor.platformAdmin()), VALID_FOR);
    String url = publicUrl + LOGIN_PATH + "?token=" + token;
    return Reply.of(
        Message.of(
            say.text("admin.dashboard.title"),
            new Block.Text(say.text("admin.dashboard.link", "url", url)),
            new Block.Context(say.text("admin.dashboard.note", "minutes", VALID_FOR.toMinutes()))));
  }
}
