package org.allybot.core.desk.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.allybot.core.event.Actor;
import org.allybot.core.event.Reply;
import org.allybot.core.language.Messages;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;
import org.allybot.core.signin.LinkHolder;
import org.allybot.core.signin.LinkPurpose;
import org.allybot.core.signin.OneTimeLinks;

/**
 * The private link to the report form as a web page, for people who would rather use a browser or a
 * phone: it opens the form for the member it was given to, once, within 10 minutes.
 */
public final class ReportPageLink {
  /** How long the link works. */
  public static final Duration VALID_FOR = Duration.ofMinutes(10);

  /** The path the link opens on the server, before {@code ?token=}. */
  public static final String PATH = "/desk/report";

  private final OneTimeLinks links;
  private final String publicUrl;

  public ReportPageLink(OneTimeLinks links, String publicUrl) {
    this.links = links;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** A new link for {@code actor}, as the message that offers it, in their language. */
  public Message offer(Actor actor, Messages say) {
    String token =
        links.issue(
            LinkPurpose.DESK_REPORT,
            new LinkHolder(actor.user(), actor.platformAdmin()),
            VALID_FOR);
    String url = publicUrl + PATH + "?token=" + token;
    return new Message(
        say.text("desk.page-link.summary"),
        List.of(
            new Block.Text(say.text("desk.page-link.text", "url", url)),
            new Block.Context(
                say.text("desk.page-link.context", "minutes", VALID_FOR.toMinutes()))));
  }

  /**
   * {@code reply} (the form {@code /ally report} opens) with the link offered after its messages.
   */
  public Reply withOffer(Actor actor, Messages say, Reply reply) {
    List<Message> messages = new ArrayList<>(reply.messages());
    messages.add(offer(actor, say));
    return new Reply(messages, reply.replaceOriginal(), reply.form(), reply.fieldErrors());
  }
}
