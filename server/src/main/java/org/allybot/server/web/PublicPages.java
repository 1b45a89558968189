package org.allybot.server.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.allybot.core.language.Language;
import org.allybot.core.language.Messages;
import org.allybot.server.dashboard.Html;

/**
 * The privacy page and the terms of use, written from the {@code pages} bundle in the reader's
 * language: the browser's {@code Accept-Language} among those Allybot speaks, else the workspace
 * default. The texts are HTML fragments of our own (links, {@code code}), so they are not escaped.
 */
public final class PublicPages {
  private static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; max-width: 42rem; margin: 2rem auto; \
      padding: 0 1rem; line-height: 1.5; color: #1d1d1f; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
      """;

  private static final List<String> PRIVACY = List.of("keeps", "who", "kept", "desk", "delete");
  private static final List<String> TERMS = List.of("for", "part", "data", "ask");

  private final Language workspaceDefault;

  public PublicPages(Language workspaceDefault) {
    this.workspaceDefault = workspaceDefault;
  }

  public void routes(JavalinConfig config) {
    config.routes.get("/privacy", ctx -> serve(ctx, "privacy", PRIVACY));
    config.routes.get("/terms", ctx -> serve(ctx, "terms", TERMS));
  }

  private void serve(Context ctx, String page, List<String> sections) {
    Language language =
        PageLanguage.of(Optional.empty(), ctx.header("Accept-Language"), workspaceDefault);
    ctx.header("Vary", "Accept-Language");
    ctx.header("Content-Language", language.tag());
    ctx.contentType("text/html; charset=utf-8").result(render(language, page, sections));
  }

  /**
   * One page in one language; the pseudo-locale reads as English here, its accents would break the
   * markup.
   */
  static String render(Language language, String page, List<String> sections) {
    Messages say = Messages.in(language.source());
    String key = "pages." + page + ".";
    StringBuilder h = new StringBuilder(6144);
    h.append("<!doctype html>\n<html lang=\"").append(say.language().tag()).append("\">\n");
    h.append("<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(Html.esc(say.text(key + "title"))).append("</title>\n");
    h.append("<style>\n  ").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(Html.esc(say.text(key + "heading"))).append("</h1>\n");
    h.append(say.text(key + "intro")).append("\n");
    for (String section : sections) {
      h.append("\n<h2>").append(Html.esc(say.text(key + section + ".title"))).append("</h2>\n");
      h.append(say.text(key + section + ".body")).append("\n");
    }
    return h.append("</main>\n</body>\n</html>\n").toString();
  }
}
