package org.allybot.server.dashboard;

import java.util.List;
import java.util.Optional;
import org.allybot.core.report.CampaignReport;
import org.allybot.core.xapi.XapiBacklog;

/**
 * {@code /admin}: the workspace's campaigns, each with its dates and headline figures, and the xAPI
 * export's backlog when it is on.
 */
final class OverviewPage {
  private OverviewPage() {}

  static String render(List<CampaignReport> reports, Optional<XapiBacklog> xapi) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>").append(PageTexts.OVERVIEW_TITLE).append("</h1>\n");
    b.append("<p class=\"note\">").append(Html.esc(PageTexts.PRIVACY_NOTE)).append("</p>\n");
    if (reports.isEmpty()) {
      b.append("<p>").append(Html.esc(PageTexts.NO_CAMPAIGNS)).append("</p>\n");
    } else {
      campaigns(b, reports);
    }
    xapi.ifPresent(backlog -> learningRecords(b, backlog));
    return PageFrame.signedIn(PageTexts.OVERVIEW_TITLE, b.toString());
  }

  /** The xAPI export's backlog: statements waiting for the LRS, and those it refused. */
  private static void learningRecords(StringBuilder b, XapiBacklog backlog) {
    b.append("<section aria-labelledby=\"xapi\">\n<h2 id=\"xapi\">");
    b.append(PageTexts.XAPI_TITLE).append("</h2>\n<dl class=\"summary\">\n");
    b.append("<div><dt>").append(PageTexts.XAPI_WAITING).append("</dt><dd>");
    b.append(backlog.waiting()).append("</dd></div>\n");
    b.append("<div><dt>").append(PageTexts.XAPI_SET_ASIDE).append("</dt><dd>");
    b.append(backlog.setAside()).append("</dd></div>\n</dl>\n<p class=\"note\">");
    b.append(Html.esc(PageTexts.XAPI_NOTE)).append("</p>\n</section>\n");
  }

  private static void campaigns(StringBuilder b, List<CampaignReport> reports) {
    b.append("<table class=\"figures\" id=\"campaigns\">\n<caption class=\"visually-hidden\">");
    b.append(PageTexts.OVERVIEW_TITLE).append("</caption>\n<thead><tr>");
    for (String title :
        List.of(
            PageTexts.CAMPAIGN,
            PageTexts.DATES,
            PageTexts.ENROLLED,
            PageTexts.POLLS_ANSWERED,
            PageTexts.LESSONS_READ)) {
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
          .append(Html.esc(dates(r.header())))
          .append("</td><td>")
          .append(p.enrolled().text())
          .append("</td><td>")
          .append(p.pollsAnswered().text())
          .append("</td><td>")
          .append(p.lessonsRead().text())
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  static String dates(CampaignReport.Header h) {
    return h.start() + " to " + (h.end() == null ? PageTexts.OPEN_ENDED : h.end().toString());
  }
}
