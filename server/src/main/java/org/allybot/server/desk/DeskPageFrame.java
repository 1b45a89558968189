package org.allybot.server.desk;

import org.allybot.core.language.Messages;
import org.allybot.server.dashboard.Html;

/**
 * The frame every report desk page shares: {@code lang} for the page's language, a viewport for
 * phones, a skip link, our own style sheet and nothing else (no script, no font, no image from
 * anywhere).
 */
final class DeskPageFrame {
  static final String STYLE = "/desk/assets/desk.css";

  private DeskPageFrame() {}

  static String page(Messages say, String title, String body) {
    String brand = Html.esc(say.text("pages.desk.brand"));
    StringBuilder h = new StringBuilder(4096);
    h.append("<!doctype html>\n<html lang=\"").append(say.language().tag()).append("\">\n");
    h.append("<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.append("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    h.append("<title>").append(Html.esc(title)).append(" · ").append(brand);
    h.append("</title>\n<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">\n");
    h.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">");
    h.append(Html.esc(say.text("pages.desk.skip")));
    h.append("</a>\n<header class=\"top\"><p class=\"brand\">").append(brand);
    h.append("</p></header>\n<main id=\"main\" tabindex=\"-1\">\n").append(body);
    h.append("</main>\n<footer><p>").append(Html.esc(say.text("pages.desk.private-note")));
    h.append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /** A page that says why the form cannot be shown or sent, and what to do next. */
  static String message(Messages say, String title, String text) {
    return page(say, title, "<h1>" + Html.esc(title) + "</h1>\n<p>" + Html.esc(text) + "</p>\n");
  }

  /** The page for a refusal whose title and text are {@code key} and {@code key-text}. */
  static String refusal(Messages say, String key, Object... args) {
    return message(
        say, say.text("pages.desk." + key), say.text("pages.desk." + key + "-text", args));
  }
}
