package org.allybot.core.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Scenario;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.CoreContext;
import org.allybot.core.WorkspaceId;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.community.CommunityLog;
import org.allybot.core.practice.GroupFigures;
import org.allybot.core.practice.TallyCounters;
import org.allybot.core.recognition.SenseCounts;
import org.allybot.core.survey.SurveyRound;

/**
 * Builds a campaign's {@link CampaignReport} from the counters kept as events arrive (the
 * campaign's tally, the survey figures, the community log), so that it reads a bounded number of
 * keys however many people answered.
 */
public final class CampaignReports {
  private final CoreContext core;
  private final SurveyFigures surveys;

  public CampaignReports(CoreContext core) {
    this.core = core;
    this.surveys = new SurveyFigures(core.curriculum(), core.surveys().answers());
  }

  /** The report of a stored campaign, or empty when there is no such campaign. */
  public Optional<CampaignReport> report(WorkspaceId workspace, String campaignId) {
    return core.campaigns().find(workspace, campaignId).map(this::report);
  }

  public CampaignReport report(Campaign c) {
    LocalDate today = core.today();
    Map<String, Long> tally = core.tally().read(c.workspace(), c.id());
    return new CampaignReport(
        new CampaignReport.Header(c.workspace(), c.id(), c.name(), c.start(), c.end(), today),
        participation(c, tally),
        ReportWeeks.of(c, today, tally),
        scenarios(tally),
        senses(tally),
        community(c, today),
        surveys.of(c),
        thanks(c, today));
  }

  /** Thanks given per sense from the campaign's first day to its last (or today). */
  private List<CampaignReport.SenseThanks> thanks(Campaign c, LocalDate today) {
    ZoneId zone = core.config().defaultZone();
    LocalDate last = c.end() == null || c.end().isAfter(today) ? today : c.end();
    Map<Sense, Long> counts =
        new SenseCounts(core.recognition())
            .counts(
                c.workspace(),
                c.start().atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    List<CampaignReport.SenseThanks> thanks = new ArrayList<>();
    counts.forEach((sense, n) -> thanks.add(new CampaignReport.SenseThanks(sense, Count.of(n))));
    return thanks;
  }

  /**
   * The words of a free-text question's answers, for an admin to read: only from at least 5
   * answers, shuffled, and without dates or pseudonyms; empty otherwise.
   */
  public List<String> freeTexts(Campaign c, SurveyRound round, String questionId) {
    List<String> texts =
        new ArrayList<>(core.surveys().answers().texts(c.workspace(), c.id(), round, questionId));
    if (texts.size() < GroupFigures.MIN_GROUP) {
      return List.of();
    }
    Collections.shuffle(texts);
    return List.copyOf(texts);
  }

  private CampaignReport.Participation participation(Campaign c, Map<String, Long> tally) {
    long enrolled =
        c.mandatory()
            ? tally.getOrDefault(TallyCounters.WELCOMED, 0L)
                - core.enrolment().optOutCount(c.workspace(), c.id())
            : core.enrolment().joinedCount(c.workspace(), c.id());
    return new CampaignReport.Participation(
        Count.of(enrolled),
        count(tally, TallyCounters.DELIVERED),
        count(tally, TallyCounters.POLLS),
        count(tally, TallyCounters.LESSONS),
        count(tally, TallyCounters.MORE),
        count(tally, TallyCounters.COMMITTED),
        count(tally, TallyCounters.TRIED));
  }

  /** Each scenario answered in the campaign, by title, with its answers' shares per verdict. */
  private List<CampaignReport.ScenarioResult> scenarios(Map<String, Long> tally) {
    Map<String, Map<Verdict, Long>> byScenario = new LinkedHashMap<>();
    tally.forEach((counter, n) -> {
      String[] keyAndOption = TallyCounters.pollKeyAndOption(counter);
      if (keyAndOption == null || n <= 0) {
        return;
      }
      String[] scenarioAndStep = keyAndOption[0].split("/", 2);
      core.curriculum()
          .scenario(scenarioAndStep[0])
          .flatMap(s -> s.step(scenarioAndStep.length == 2 ? scenarioAndStep[1] : ""))
          .flatMap(step -> step.option(keyAndOption[1]))
          .ifPresent(option ->
              byScenario
                  .computeIfAbsent(scenarioAndStep[0], id -> new EnumMap<>(Verdict.class))
                  .merge(option.verdict(), n, Long::sum));
    });
    List<CampaignReport.ScenarioResult> results = new ArrayList<>();
    byScenario.forEach((id, verdicts) -> {
      long total = verdicts.values().stream().mapToLong(Long::longValue).sum();
      Map<Verdict, Double> shares = new EnumMap<>(Verdict.class);
      if (total >= GroupFigures.MIN_GROUP) {
        for (Verdict v : Verdict.values()) {
          shares.put(v, (double) verdicts.getOrDefault(v, 0L) / total);
        }
      }
      String title = core.curriculum().scenario(id).map(Scenario::title).orElse(id);
      results.add(new CampaignReport.ScenarioResult(id, title, Count.of(total), shares));
    });
    results.sort(java.util.Comparator.comparing(CampaignReport.ScenarioResult::title));
    return results;
  }

  private static List<CampaignReport.SensePractice> senses(Map<String, Long> tally) {
    List<CampaignReport.SensePractice> senses = new ArrayList<>();
    for (Sense sense : Sense.values()) {
      senses.add(new CampaignReport.SensePractice(sense, count(tally, TallyCounters.sense(sense))));
    }
    return senses;
  }

  /** The community's activity from the campaign's first day to its last (or today). */
  private CampaignReport.CommunityActivity community(Campaign c, LocalDate today) {
    ZoneId zone = core.config().defaultZone();
    LocalDate last = c.end() == null || c.end().isAfter(today) ? today : c.end();
    Instant from = c.start().atStartOfDay(zone).toInstant();
    Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
    CommunityLog.Activity a = core.community().log().between(c.workspace(), from, until);
    return new CampaignReport.CommunityActivity(
        Count.of(a.questions()),
        Count.of(a.advice()),
        Count.of(a.resolved()),
        median(a.firstAdviceWaits()));
  }

  /** The median wait, to the hour, from at least 5 questions. */
  static Optional<Duration> median(List<Duration> waits) {
    if (waits.size() < GroupFigures.MIN_GROUP) {
      return Optional.empty();
    }
    List<Duration> sorted = waits.stream().sorted().toList();
    int mid = sorted.size() / 2;
    Duration median =
        sorted.size() % 2 == 1
            ? sorted.get(mid)
            : sorted.get(mid - 1).plus(sorted.get(mid)).dividedBy(2);
    return Optional.of(Duration.ofHours(Math.round(median.toMinutes() / 60.0)));
  }

  private static Count count(Map<String, Long> tally, String counter) {
    return Count.of(tally.getOrDefault(counter, 0L));
  }
}
