package org.allybot.core.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.allybot.content.Sense;
import org.allybot.content.Verdict;
import org.allybot.core.WorkspaceId;

/**
 * One campaign's figures, platform-neutral: chat shows them as text, the dashboard as a page and
 * CSV files. Every figure that comes from fewer than 5 people is already hidden here (an empty
 * {@link Count}, {@link Optional} or map), so that no renderer can show one by mistake.
 */
public record CampaignReport(
    Header header,
    Participation participation,
    List<WeekActivity> weeks,
    List<ScenarioResult> scenarios,
    List<SensePractice> senses,
    CommunityActivity community,
    SurveyResults surveys,
    List<SenseThanks> thanks) {
  public CampaignReport {
    weeks = List.copyOf(weeks);
    scenarios = List.copyOf(scenarios);
    senses = List.copyOf(senses);
    thanks = List.copyOf(thanks);
  }

  /**
   * How many thanks were given under one sense over the campaign's dates (recognition is shared by
   * the workspace's campaigns); team-level only, hidden below 5. Nobody is counted on their own.
   */
  public record SenseThanks(Sense sense, Count thanks) {}

  /** Which campaign, its dates ({@code end} may be null: open-ended) and the day of the figures. */
  public record Header(
      WorkspaceId workspace,
      String campaignId,
      String name,
      LocalDate start,
      LocalDate end,
      LocalDate asOf) {}

  /** Who took part and how much, over the whole campaign. */
  public record Participation(
      Count enrolled,
      Count delivered,
      Count pollsAnswered,
      Count lessonsRead,
      Count moreTaps,
      Count commitmentsMade,
      Count commitmentsTried) {}

  /** One ISO week ({@code 2026-W48}) of the campaign, oldest first. */
  public record WeekActivity(
      String week, Count activeMembers, Count pollsAnswered, Count lessonsRead) {}

  /**
   * A scenario's answers in this campaign (every step), and the share (0-1) of them at each
   * verdict, strong first; {@code shares} is empty when the answers are hidden.
   */
  public record ScenarioResult(
      String scenarioId, String title, Count answers, Map<Verdict, Double> shares) {
    public ScenarioResult {
      Map<Verdict, Double> inOrder = new EnumMap<>(Verdict.class);
      inOrder.putAll(shares);
      shares = Collections.unmodifiableMap(inOrder);
    }
  }

  /** How many times the campaign's members practised one sense (polls answered, lessons read). */
  public record SensePractice(Sense sense, Count practice) {}

  /**
   * The community channel's activity over the campaign's dates (the community is shared by the
   * workspace's campaigns). The median wait for a first piece of advice is to the hour, and shown
   * only from 5 questions that got advice.
   */
  public record CommunityActivity(
      Count questions, Count advicePosts, Count resolved, Optional<Duration> medianFirstAdvice) {}
}
