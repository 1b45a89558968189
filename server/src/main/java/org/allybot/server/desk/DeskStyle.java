package org.allybot.server.desk;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.allybot.core.language.Language;
import org.allybot.server.web.PlainAnswer;

/**
 * The report pages' own style sheet, read from the jar once at start, so that the pages load
 * nothing from another host and a missing file fails the start rather than a page.
 */
final class DeskStyle {
  static final String FILE = "desk.css";
  private static final String RESOURCE = "/allybot/desk/" + FILE;

  private final byte[] css;
  private final Language workspaceDefault;

  DeskStyle(Language workspaceDefault) {
    this.workspaceDefault = workspaceDefault;
    try (InputStream in = DeskStyle.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing report desk asset " + RESOURCE);
      }
      css = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(Context ctx) {
    if (!FILE.equals(ctx.pathParam("file"))) {
      PlainAnswer.notFound(ctx, workspaceDefault);
      return;
    }
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType("text/css; charset=utf-8").result(css);
  }
}
