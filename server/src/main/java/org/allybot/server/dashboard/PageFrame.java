package org.allybot.server.dashboard;

import org.allybot.core.language.Messages;

/**
 * The frame every dashboard page shares: {@code lang} of the page's language, a skip link, the
 * brand and sign-out, and only same-origin files (the strict Content-Security-Policy allows nothing
 * inline).
 */
final class PageFrame {
  static final String ASSETS = "/admin/assets/";

  private PageFrame() {}

  /** A page for a signed-in admin, with the chart scripts. */
  static String signedIn(Messages say, String title, String body) {
    return page(say, title, body, true);
  }

  /** A page for anyone (a refused link, a missing campaign): no scripts, no sign-out. */
  static String plain(Messages say, String title, String body) {
    return page(say, title, body, false);
  }

  private static String page(Messages say, String title, String body, boolean signedIn) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!doctype html>\n<html lang=\"").append(say.language().tag());
    h.append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.append("<title>").append(Html.esc(title)).append(" · ").append(say.text("dashboard.brand"));
    h.append("</title>\n<link rel=\"stylesheet\" href=\"").append(ASSETS);
    h.append("dashboard.css\">\n");
    if (signedIn) {
      h.append("<script src=\"").append(ASSETS).append("chart.umd.min.js\" defer></script>\n");
      h.append("<script src=\"").append(ASSETS).append("dashboard.js\" defer></script>\n");
    }
    h.append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">")
        .append(say.text("dashboard.skip"));
    h.append("</a>\n<header class=\"top\">\n<p class=\"brand\"><a href=\"/admin\">");
    h.append(say.text("dashboard.brand")).append("</a></p>\n");
    if (signedIn) {
      h.append("<form method=\"post\" action=\"/admin/logout\"><button type=\"submit\">");
      h.append(say.text("dashboard.sign-out")).append("</button></form>\n");
    }
    h.append("</header>\n<main id=\"main\" tabindex=\"-1\">\n").append(body);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** A page that says why something cannot be shown, and what to do next. */
  static String message(Messages say, String key, boolean backLink) {
    String title = say.text(key);
    String text = say.text(key + "-text");
    String back =
        backLink ? "<p><a href=\"/admin\">" + say.text("dashboard.back") + "</a></p>\n" : "";
    return plain(
        say, title, "<h1>" + Html.esc(title) + "</h1>\n<p>" + Html.esc(text) + "</p>\n" + back);
  }
}
