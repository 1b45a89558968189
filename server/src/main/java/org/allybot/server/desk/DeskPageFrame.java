package org.allybot.server.desk;

import org.allybot.server.dashboard.Html;

/**
 * The frame every report desk page shares: {@code lang}, a viewport for phones, a skip link, our
 * own style sheet and nothing else (no script, no font, no image from anywhere).
 */
final class DeskPageFrame {
  static final String STYLE = "/desk/assets/desk.css";

  private DeskPageFrame() {}

  static String page(String title, String body) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.append("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    h.append("<title>").append(Html.esc(title)).append(" · ").append(DeskPageTexts.BRAND);
    h.append("</title>\n<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">\n");
    h.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">").append(DeskPageTexts.SKIP);
    h.append("</a>\n<header class=\"top\"><p class=\"brand\">").append(DeskPageTexts.BRAND);
    h.append("</p></header>\n<main id=\"main\" tabindex=\"-1\">\n").append(body);
    h.append("</main>\n<footer><p>").append(DeskPageTexts.PRIVATE_NOTE);
    h.append("</p></footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /** A page that says why the form cannot be shown or sent, and what to do next. */
  static String message(String title, String text) {
    return page(title, "<h1>" + Html.esc(title) + "</h1>\n<p>" + Html.esc(text) + "</p>\n");
  }
}
