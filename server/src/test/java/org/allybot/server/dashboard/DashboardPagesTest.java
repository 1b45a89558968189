package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.allybot.core.Platform;
import org.allybot.core.UserRef;
import org.allybot.core.WorkspaceId;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages and CSV files on the core's own reports: scoped to the admin's workspace, no people.
 */
class DashboardPagesTest {
  private static final WorkspaceId OTHER = new WorkspaceId(Platform.SHELL, "elsewhere");
  private static final String MEMBER = "member-zq71";
  private static final String MEMBER_NAME = "Zelda Quartermain";

  @TempDir static Path data;
  private static ServedDashboard served;
  private static String cookie;

  @BeforeAll
  static void start() throws Exception {
    served = ServedDashboard.start(data, Map.of());
    served.say(ServedDashboard.ADMIN, false, "campaign create Pilot --mandatory");
    served.say(ServedDashboard.ADMIN, false, "campaign create Old Programme");
    served.say(ServedDashboard.ADMIN, false, "campaign delete Old Programme");
    served
        .runtime
        .bot()
        .handle(
            new CoreEvent.CommandInvoked(
                new Actor(new UserRef(ServedDashboard.WORKSPACE, MEMBER), MEMBER_NAME, false, ""),
                "poll",
                ""));
    served
        .runtime
        .bot()
        .handle(
            new CoreEvent.CommandInvoked(
                new Actor(new UserRef(OTHER, "boss-elsewhere"), "Boss", true, ""),
                "campaign create Secret Plan",
                ""));
    cookie = served.signIn(ServedDashboard.ADMIN);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void theOverviewListsThisWorkspacesCampaignsOnly() throws Exception {
    String body = served.get("/admin", cookie).body();

    assertThat(body).contains("<a href=\"/admin/campaigns/pilot\">Pilot</a>");
    assertThat(body).doesNotContain("Secret Plan").doesNotContain("Old Programme");
  }

  @Test
  void aCampaignPageShowsItsSectionsWithSmallFiguresHidden() throws Exception {
    HttpResponse<String> page = served.get("/admin/campaigns/pilot", cookie);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>Pilot</h1>", "Participation", "Survey items before and after")
        .contains("Have at least one ally at work", "Community activity")
        .contains("<div><dt>Taking part</dt><dd>fewer than 5</dd></div>")
        .contains("/admin/campaigns/pilot/weeks.csv");
  }

  @Test
  void aCampaignPageShowsThanksPerSenseWithSmallCountsHidden() throws Exception {
    String body = served.get("/admin/campaigns/pilot", cookie).body();
    String section = body.substring(body.indexOf(">Recognition<"));

    assertThat(section)
        .contains("Thanks given over the campaign&#39;s dates, by sense")
        .contains("<tr><th scope=\"row\">Take action</th><td>fewer than 5</td></tr>")
        .contains("<tr><th scope=\"row\">Live empathy</th><td>fewer than 5</td></tr>");
  }

  @Test
  void aCampaignOfAnotherWorkspaceIsNotFound() throws Exception {
    for (String path :
        new String[] {"/admin/campaigns/secret-plan", "/admin/campaigns/secret-plan/weeks.csv"}) {
      HttpResponse<String> r = served.get(path, cookie);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).as(path).contains("There is no such campaign").doesNotContain("Secret");
    }
  }

  @Test
  void aDeletedCampaignIsNotFound() throws Exception {
    assertThat(served.get("/admin/campaigns/old-programme", cookie).statusCode()).isEqualTo(404);
    assertThat(served.get("/admin/campaigns/old-programme/survey-items.csv", cookie).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anUnknownFileOrAMalformedCampaignIdIsNotFound() throws Exception {
    assertThat(served.get("/admin/campaigns/pilot/people.csv", cookie).statusCode()).isEqualTo(404);
    assertThat(served.get("/admin/campaigns/PILOT%3Cb%3E", cookie).statusCode()).isEqualTo(404);
    assertThat(served.get("/admin/assets/secret.key", cookie).statusCode()).isEqualTo(404);
  }

  @Test
  void noPageOrFileShowsAMembersIdOrName() throws Exception {
    for (String path :
        new String[] {
          "/admin",
          "/admin/campaigns/pilot",
          "/admin/campaigns/pilot/weeks.csv",
          "/admin/campaigns/pilot/scenarios.csv",
          "/admin/campaigns/pilot/survey-items.csv"
        }) {
      String body = served.get(path, cookie).body();
      assertThat(body)
          .as(path)
          .doesNotContain(MEMBER)
          .doesNotContain(MEMBER_NAME)
          .doesNotContain(ServedDashboard.ADMIN);
    }
  }

  @Test
  void csvFilesAreDownloadsNamedAfterTheCampaign() throws Exception {
    HttpResponse<String> csv = served.get("/admin/campaigns/pilot/weeks.csv", cookie);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("content-disposition"))
        .contains("attachment; filename=\"pilot-weeks.csv\"");
    assertThat(csv.body()).startsWith("week,members_who_practised,polls_answered,lessons_read\r\n");
  }
}
