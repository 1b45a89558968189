package org.allybot.server.dashboard;

import java.util.List;
import java.util.Optional;
import org.allybot.core.language.Messages;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.xapi.XapiBacklog;

/**
 * {@code /admin}: the workspace's campaigns, each with its dates and headline figures, and the xAPI
 * export's backlog when it is on.
 */
final class OverviewPage {
  private OverviewPage() {}

  static String render(Messages say, List<CampaignReport> reports, Optional<XapiBacklog> xapi) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(say.text("dashboard.overview-title")).append("</h1>\n");
    b.append("<p class=\"note\">")
        .append(Html.esc(say.text("dashboard.privacy-note")))
        .append("</p>\n");
    if (reports.isEmpty()) {
      b.append("<p>").append(Html.esc(say.text("dashboard.no-campaigns"))).append("</p>\n");
    } else {
      campaigns(say, b, reports);
    }
    xapi.ifPresent(backlog -> learningRecords(say, b, backlog));
    return PageFrame.signedIn(say, say.text("dashboard.overview-title"), b.toString());
  }

  /** The xAPI export's backlog: statements waiting for the LRS, and those it refused. */
  private static void learningRecords(Messages say, StringBuilder b, XapiBacklog backlog) {
    b.append("<section aria-labelledby=\"xapi\">\n<h2 id=\"xapi\">");
    b.append(say.text("dashboard.xapi-title")).append("</h2>\n<dl class=\"summary\">\n");
    b.append("<div><dt>").append(say.text("dashboard.xapi-waiting")).append("</dt><dd>");
    b.append(backlog.waiting()).append("</dd></div>\n");
    b.append("<div><dt>").append(say.text("dashboard.xapi-set-aside")).append("</dt><dd>");
    b.append(backlog.setAside()).append("</dd></div>\n</dl>\n<p class=\"note\">");
    b.append(Html.esc(say.text("dashboard.xapi-note"))).append("</p>\n</section>\n");
  }

  private static void campaigns(Messages say, StringBuilder b, List<CampaignReport> reports) {
    b.append("<table class=\"figures\" id=\"campaigns\">\n<caption class=\"visually-hidden\">");
    b.append(say.text("dashboard.overview-title")).append("</caption>\n<thead><tr>");
    for (String title :
        List.of(
            say.text("dashboard.campaign"),
            say.text("dashboard.dates-column"),
            say.text("dashboard.enrolled"),
            say.text("dashboard.polls-answered"),
            say.text("dashboard.lessons-read"))) {
      b.append("<th scope=\"col\">").append(title).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (CampaignReport r : reports) {
      CampaignReport.Participation p = r.participation();
      b.append("<tr><th scope=\"row\"><a href=\"/admin/campaigns/")
          .append(Html.esc(r.header().campaignId()))
          .append("\">")
          .append(Html.esc(r.header().name()))
          .append("</a></th><td>")
          .append(Html.esc(dates(say, r.header())))
          .append("</td><td>")
          .append(Html.esc(Cells.text(say, p.enrolled())))
          .append("</td><td>")
          .append(Html.esc(Cells.text(say, p.pollsAnswered())))
          .append("</td><td>")
          .append(Html.esc(Cells.text(say, p.lessonsRead())))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  static String dates(Messages say, CampaignReport.Header h) {
    String end = h.end() == null ? say.text("dashboard.open-ended") : h.end().toString();
    return say.text("dashboard.dates", "start", h.start().toString(), "end", end);
  }
}
