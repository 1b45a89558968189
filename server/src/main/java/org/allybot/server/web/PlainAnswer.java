package org.allybot.server.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;

/**
 * A short plain-text answer from the {@code pages} bundle in the reader's language (the browser's
 * {@code Accept-Language}, else the workspace default, as the privacy page picks it): the "not
 * found" of the asset and calendar routes, and the note at the server's root.
 */
public final class PlainAnswer {
  private PlainAnswer() {}

  /** A 404 that says, in the reader's language, that nothing is at this address. */
  public static void notFound(Context ctx, Language workspaceDefault) {
    send(ctx, 404, "pages.not-found", workspaceDefault);
  }

  /** The text under {@code key} with {@code status}, in the reader's language. */
  public static void send(Context ctx, int status, String key, Language workspaceDefault) {
    Language language =
        PageLanguage.of(Optional.empty(), ctx.header("Accept-Language"), workspaceDefault);
    ctx.header("Vary", "Accept-Language");
    ctx.header("Content-Language", language.tag());
    ctx.status(status)
        .contentType("text/plain; charset=utf-8")
        .result(Messages.in(language).text(key));
  }
}
