package org.allybot.core.desk.web;

import java.util.List;
import org.allybot.core.message.Block;
import org.allybot.core.message.Message;

/** What chat says when it offers the report form as a web page, kept together for bundles. */
final class ReportPageLinkTexts {
  private ReportPageLinkTexts() {}

  static Message offer(String url, long minutes) {
    return new Message(
        "The report form as a web page",
        List.of(
            new Block.Text(
                "*Rather use a browser or your phone?* The same form is on a private page:\n"
                    + url),
            new Block.Context(
                "The link works once, for "
                    + minutes
                    + " minutes, and only for you: please don't share it. The page sends no"
                    + " analytics, sets no cookie but its form check, and loads nothing from"
                    + " elsewhere. Type `/ally report` again for a new link.")));
  }
}
