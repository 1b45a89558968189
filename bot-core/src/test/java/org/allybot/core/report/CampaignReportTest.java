package org.allybot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.allybot.content.Scenario;
import org.allybot.content.ScenarioOption;
import org.allybot.content.Verdict;
import org.allybot.core.CoreHarness;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.event.Reply;
import org.allybot.core.poll.PollChoice;
import org.allybot.core.poll.PollMessages;
import org.allybot.core.survey.SurveyScene;
import org.allybot.testkit.EmbeddedRedisExtension;
import org.allybot.testkit.RedisEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /ally campaign report NAME}: what an admin sees, and what nobody can single out. */
@ExtendWith(EmbeddedRedisExtension.class)
class CampaignReportTest {
  private CoreHarness harness;
  private SurveyScene scene;
  private Scenario scenario;

  @BeforeEach
  void start(RedisEndpoint redis) {
    harness = new CoreHarness(redis, "boss");
    scene = new SurveyScene(harness);
    scene.campaign("--end 2027-01-31");
    scenario =
        harness.bot.context().curriculum().scenarios().stream()
            .filter(s -> s.opening().options().stream().anyMatch(o -> o.verdict() == Verdict.RISKY))
            .findFirst()
            .orElseThrow();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private static List<String> members(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "m" + i).toList();
  }

  private void answerPoll(String member, Verdict verdict) {
    ScenarioOption option =
        scenario.opening().options().stream()
            .filter(o -> o.verdict() == verdict)
            .findFirst()
            .orElseThrow();
    harness.press(
        member,
        PollMessages.ANSWER,
        new PollChoice("pilot", scenario.id(), Scenario.OPENING, option.id()).encode());
  }

  private String report() {
    return CoreHarness.text(harness.say("boss", "campaign report Pilot"));
  }

  private CampaignReport model() {
    return new CampaignReports(harness.bot.context())
        .report(CoreHarness.WORKSPACE, "pilot")
        .orElseThrow();
  }

  @Test
  void onlyAdminsGetTheReport() {
    assertThat(CoreHarness.text(harness.say("m1", "campaign report Pilot")))
        .startsWith("Only Allybot admins can do that.");
  }

  @Test
  void anUnknownOrMissingCampaignNameGetsAClearLine() {
    assertThat(CoreHarness.text(harness.say("boss", "campaign report Nope")))
        .startsWith("There is no campaign called \"Nope\".")
        .contains("Usage: `/ally campaign report NAME`");
    assertThat(CoreHarness.text(harness.say("boss", "campaign report")))
        .startsWith("Which campaign?");
  }

  @Test
  void fourPeopleReadFewerThanFiveAndFiveAreShown() {
    members(4).forEach(m -> scene.join(m));
    members(4).forEach(m -> answerPoll(m, Verdict.STRONG));

    assertThat(report())
        .contains("Enrolled: fewer than 5")
        .contains("Polls answered: fewer than 5")
        .contains(scenario.title() + ": fewer than 5 answers")
        .doesNotContain("strong 100%");

    scene.join("m5");
    answerPoll("m5", Verdict.RISKY);

    assertThat(report())
        .contains("Enrolled: 5")
        .contains("Polls answered: 5")
        .contains(scenario.title() + " (5 answers): strong 80% · reasonable 0% · risky 20%");
  }

  @Test
  void lessonsTapsAndCommitmentsAreCountedPerCampaign() {
    var lesson =
        harness.bot.context().curriculum().lessons().stream()
            .filter(l -> l.hasDeeper())
            .findFirst()
            .orElseThrow();
    for (String m : members(5)) {
      harness.press(m, "lesson.more", "pilot|" + lesson.id());
      harness.press(m, "lesson.try", "pilot|" + lesson.id());
      harness.press(m, "checkin", lesson.id() + "|tried|pilot");
    }
    harness.press("m6", "lesson.got-it", "|" + lesson.id());

    CampaignReport.Participation p = model().participation();

    assertThat(p.lessonsRead().text()).isEqualTo("5");
    assertThat(p.moreTaps().text()).isEqualTo("5");
    assertThat(p.commitmentsMade().text()).isEqualTo("5");
    assertThat(p.commitmentsTried().text()).isEqualTo("5");
    assertThat(model().weeks()).anySatisfy(w -> assertThat(w.lessonsRead().text()).isEqualTo("5"));
  }

  @Test
  void deliveriesAreCountedOncePerBatchWhenSent() {
    List<Delivery> sent =
        members(6).stream()
            .map(m ->
                Delivery.toMember(
                    "d" + m,
                    CoreHarness.WORKSPACE,
                    m,
                    Delivery.Kind.POLL,
                    Map.of("campaign", "pilot")))
            .toList();

    harness.bot.composer().sentAll(sent);

    assertThat(model().participation().delivered().text()).isEqualTo("6");
  }

  @Test
  void surveysShowMeansBeforeAndAfterWithThePairedChangeAndTheAllyShare() {
    List<String> people = members(5);
    people.forEach(
        m -> scene.answerAll(m, scene.join(m), "2 · Disagree", m.equals("m1") ? "yes" : "no"));
    harness.say("boss", "campaign run Pilot survey now");
    for (Delivery d : scene.queued(Delivery.Kind.SURVEY)) {
      scene.answerAll(d.userId(), Reply.of(scene.compose(d)), "4 · Agree", "yes", "once");
    }

    String text = report();

    assertThat(text)
        .contains("• Baseline (on joining): started 5, completed 5")
        .contains("• Follow-up (at the end): started 5, completed 5")
        .contains(
            "before 2.00 (95% CI 2.00–2.00, n=5) · after 4.00 (95% CI 4.00–4.00, n=5) · change"
                + " +2.00 (95% CI +2.00 to +2.00, paired, n=5)")
        .contains("*Have at least one ally at work:* before 20% (95% CI 4%–62%, n=5) · after 100%")
        .contains("In the past month, how often did you step in")
        .contains("5 answers: never 0% · once 100%")
        .contains("• Feedback (at the end): started fewer than 5, completed fewer than 5");
  }

  @Test
  void aChangeNeedsFivePeopleOnEachSide() {
    members(5).forEach(m -> scene.answerAll(m, scene.join(m), "2 · Disagree"));
    harness.say("boss", "campaign run Pilot survey now");
    List<Delivery> followups = scene.queued(Delivery.Kind.SURVEY);
    for (Delivery d : followups.subList(0, 4)) {
      scene.answerAll(d.userId(), Reply.of(scene.compose(d)), "4 · Agree");
    }

    SurveyResults.LikertResult item = model().surveys().likert().getFirst();

    assertThat(item.before()).isPresent();
    assertThat(item.after()).isEmpty();
    assertThat(item.change()).isEmpty();
    assertThat(report()).contains("after fewer than 5 · change fewer than 5");
  }

  @Test
  void writtenAnswersAreShownOnlyAsACount() {
    assertThat(report())
        .contains("*Written answers* (counted only)")
        .contains("What helped you most during this campaign, and why? (at the end): fewer than 5")
        .contains(org.allybot.core.language.Messages.english().text("report.note"));
  }

  @Test
  void theReportReadsTheSameNumberOfKeysHoweverManyAnswered() {
    members(5).forEach(m -> answerPoll(m, Verdict.STRONG));
    long few = commandsToBuildTheReport();
    members(60).forEach(m -> answerPoll(m, Verdict.RISKY));
    members(30).forEach(m -> scene.answerAll(m, scene.join(m), "3 · Neither"));

    assertThat(commandsToBuildTheReport()).isEqualTo(few);
  }

  @Test
  void writtenAnswersCanBeReadOnlyFromFiveOnAndCarryNothingElse() {
    var answers = harness.bot.context().surveys().answers();
    var c = harness.bot.context().campaigns().find(CoreHarness.WORKSPACE, "pilot").orElseThrow();
    var reports = new CampaignReports(harness.bot.context());
    for (int i = 1; i <= 5; i++) {
      var key =
          new org.allybot.core.survey.SurveyKey(
              CoreHarness.WORKSPACE,
              "pilot",
              org.allybot.core.survey.SurveyRound.FEEDBACK,
              "p" + i);
      answers.open(key);
      answers.record(
          key,
          new org.allybot.core.survey.SurveyAnswer(
              "helped-most", org.allybot.core.survey.StoredAnswer.TEXT, "answer " + i, 2, 0));
      List<String> texts =
          reports.freeTexts(c, org.allybot.core.survey.SurveyRound.FEEDBACK, "helped-most");
      assertThat(texts).hasSize(i < 5 ? 0 : 5);
    }
    assertThat(reports.freeTexts(c, org.allybot.core.survey.SurveyRound.FEEDBACK, "helped-most"))
        .containsExactlyInAnyOrder("answer 1", "answer 2", "answer 3", "answer 4", "answer 5");
  }

  private long commandsToBuildTheReport() {
    long before = commandsProcessed();
    model();
    return commandsProcessed() - before;
  }

  /** Commands every Redis node has processed: on a Cluster, the report's reads spread over them. */
  private long commandsProcessed() {
    if (harness.redis instanceof redis.clients.jedis.RedisClusterClient cluster) {
      // Every master from the cluster's own node table, each on a connection of its own.
      long sum = 0;
      String nodes =
          redis.clients.jedis.util.SafeEncoder.encode(
              (byte[])
                  cluster.sendCommand("", redis.clients.jedis.Protocol.Command.CLUSTER, "NODES"));
      for (String line : nodes.lines().filter(l -> l.contains("master")).toList()) {
        String address = line.split(" ")[1].split("@")[0];
        int colon = address.lastIndexOf(':');
        try (var node =
            new redis.clients.jedis.Jedis(
                address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)))) {
          sum += commandsProcessed(node.info("stats"));
        }
      }
      return sum;
    }
    return commandsProcessed(harness.redis.info("stats"));
  }

  private static long commandsProcessed(String stats) {
    return stats
        .lines()
        .filter(l -> l.startsWith("total_commands_processed:"))
        .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip()))
        .findFirst()
        .orElseThrow();
  }
}
