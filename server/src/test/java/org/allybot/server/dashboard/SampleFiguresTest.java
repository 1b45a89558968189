package org.allybot.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report with known figures, as the page's tables and the CSV files show them. */
class SampleFiguresTest {
  @TempDir static Path data;
  private static ServedDashboard served;
  private static String cookie;

  @BeforeAll
  static void start() throws Exception {
    served = ServedDashboard.start(data, Map.of(), new SampleReports());
    cookie = served.signIn(ServedDashboard.ADMIN);
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  private String get(String path) throws Exception {
    return served.get(path, cookie).body();
  }

  @Test
  void eachChartsTableCarriesItsFiguresAndHiddenOnesHaveNoValueToPlot() throws Exception {
    String page = get("/admin/campaigns/pilot");

    assertThat(page)
        .contains("<table id=\"weeks\" class=\"figures\" data-chart=\"line\">")
        .contains(
            "<tr><th scope=\"row\">2026-W46</th><td data-value=\"26\">26</td>"
                + "<td data-value=\"55\">55</td><td>fewer than 5</td></tr>");
    assertThat(page)
        .contains("<table id=\"senses\" class=\"figures\" data-chart=\"bar\">")
        .contains("<tr><th scope=\"row\">See privilege</th><td>fewer than 5</td></tr>");
    assertThat(page)
        .contains("<table id=\"survey\" class=\"figures\" data-chart=\"bar\" data-max=\"5\">")
        .contains("<td data-value=\"2.8000\">2.8 (2.5 to 3.1; 36 people)</td>")
        .contains("+0.7 (0.4 to 1.0; the same people before and after)");
    assertThat(page)
        .contains("data-unit=\"%\" data-max=\"100\"")
        .contains("<td data-value=\"56\">56% (40% to 70%; 36 people)</td>")
        .contains("<tr><th scope=\"row\">90 days after</th><td>fewer than 5</td></tr>");
    assertThat(page)
        .contains("<tr><th scope=\"row\">Questions resolved</th><td>fewer than 5</td></tr>")
        .contains("Median time to the first advice: 5 hours");
    assertThat(page).contains("What helped most? (at the end): answers written 7");
    assertThat(page)
        .contains("<table id=\"thanks\" class=\"figures\" data-chart=\"bar\">")
        .contains("<tr><th scope=\"row\">Take action</th><td data-value=\"6\">6</td></tr>")
        .contains("<tr><th scope=\"row\">Listen to others</th><td>fewer than 5</td></tr>");
  }

  @Test
  void writtenAnswersFromFiveOrMorePeopleCanBeReadEscaped() throws Exception {
    String page = get("/admin/campaigns/pilot");

    assertThat(page)
        .contains("<details><summary>Read the answers (in random order, without names or dates)")
        .contains("<li>More scenarios about remote work, please.</li>")
        .contains("<li>The &lt;b&gt;lessons&lt;/b&gt; on listening helped most.</li>");
  }

  @Test
  void pageTextIsEscaped() throws Exception {
    assertThat(get("/admin/campaigns/pilot"))
        .contains("+1 to &quot;just a joke&quot;? Or say something")
        .doesNotContain(SampleReports.RISKY_TITLE);
  }

  @Test
  void thePerWeekCsvHasOneRowPerWeekWithSmallGroupsHidden() throws Exception {
    assertThat(get("/admin/campaigns/pilot/weeks.csv"))
        .isEqualTo(
            "week,members_who_practised,polls_answered,lessons_read\r\n"
                + "2026-W45,30,61,28\r\n"
                + "2026-W46,26,55,fewer than 5\r\n"
                + "2026-W47,fewer than 5,9,6\r\n"
                + "2026-W48,22,48,21\r\n");
  }

  @Test
  void thePerScenarioCsvQuotesAndDefusesFormulas() throws Exception {
    assertThat(get("/admin/campaigns/pilot/scenarios.csv"))
        .isEqualTo(
            "scenario_id,scenario,answers,strong_share,reasonable_share,risky_share\r\n"
                + "meeting-interrupt,Interrupted in a meeting,40,0.550,0.350,0.100\r\n"
                + "formula,\"'+1 to \"\"just a joke\"\"? Or say something\",fewer than 5,"
                + "fewer than 5,fewer than 5,fewer than 5\r\n");
  }

  @Test
  void thePerItemCsvHasMeansIntervalsChangesAndTheAllyShare() throws Exception {
    String csv = get("/admin/campaigns/pilot/survey-items.csv");

    assertThat(csv)
        .startsWith("item_id,item,when,measure,value,ci_low,ci_high,people\r\n")
        .contains(
            "say-something,I know what to say when I hear a biased remark,Before,mean (1-5),"
                + "2.800,2.500,3.100,36\r\n")
        .contains(
            "say-something,I know what to say when I hear a biased remark,At the end,"
                + "change from before (paired),0.700,0.400,1.000,21\r\n")
        .contains(
            "question-process,I feel able to question a process that leaves people out,"
                + "At the end,mean (1-5),fewer than 5,,,\r\n")
        .contains("ally-at-work,Have at least one ally at work,Before,share,0.560,0.400,0.700,36")
        .contains("ally-at-work,Have at least one ally at work,90 days after,share,fewer than 5")
        .contains("what-helped,What helped most?,at the end,answers written,7\r\n");
  }
}
