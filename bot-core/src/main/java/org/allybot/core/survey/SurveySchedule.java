package org.allybot.core.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.allybot.core.DeliveryException;
import org.allybot.core.UserRef;
import org.allybot.core.campaign.Campaign;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.CampaignStore;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the follow-up and feedback surveys on a campaign's end date and the follow-up again 90 days
 * after, at the campaign's poll time. Run every minute on every instance: the state lives in the
 * store, so a restart only delays a send, and a claim that never expires lets one instance, once,
 * queue each round (a delivery id per member keeps a retry from sending twice).
 */
public final class SurveySchedule {
  /** How long after the end date the follow-up is asked again. */
  public static final Duration LATER = Duration.ofDays(90);

  /**
   * A round more overdue than this is not sent: it would come out of the blue (say, for a campaign
   * that ended long before surveys existed). Longer than any downtime a send should survive.
   */
  static final Duration TOO_LATE = Duration.ofDays(14);

  private static final Logger LOG = LoggerFactory.getLogger(SurveySchedule.class);
  private static final List<SurveyRound> AT_THE_END =
      List.of(SurveyRound.FOLLOWUP, SurveyRound.FEEDBACK, SurveyRound.FOLLOWUP_LATER);

  private final CampaignStore campaigns;
  private final CampaignAudience audience;
  private final SurveyAnswers answers;
  private final Outbox outbox;
  private final Clock clock;
  private final ZoneId zone;

  public SurveySchedule(
      CampaignStore campaigns,
      CampaignAudience audience,
      SurveyAnswers answers,
      Outbox outbox,
      Clock clock,
      ZoneId zone) {
    this.campaigns = campaigns;
    this.audience = audience;
    this.answers = answers;
    this.outbox = outbox;
    this.clock = clock;
    this.zone = zone;
  }

  /** Queues every round that has come due and was not sent yet; returns how many deliveries. */
  public int sendDue() {
    Instant now = clock.instant();
    int queued = 0;
    for (Campaign c : campaigns.everywhere()) {
      if (c.end() == null || c.paused()) {
        continue;
      }
      for (SurveyRound round : AT_THE_END) {
        Instant due = dueAt(c, round);
        if (c.surveys().sends(round.surveyId())
            && !now.isBefore(due)
            && now.isBefore(due.plus(TOO_LATE))) {
          queued += sendOnce(c, round);
        }
      }
    }
    return queued;
  }

  /** The end date (plus 90 days for the later follow-up) at the campaign's poll time. */
  Instant dueAt(Campaign c, SurveyRound round) {
    LocalDate day =
        round == SurveyRound.FOLLOWUP_LATER ? c.end().plusDays(LATER.toDays()) : c.end();
    return day.atTime(c.polls().time()).atZone(zone).toInstant();
  }

  private int sendOnce(Campaign c, SurveyRound round) {
    List<UserRef> people;
    try {
      people = audience.enrolled(c);
    } catch (DeliveryException e) {
      LOG.warn(
          "Could not list the audience of campaign {} in {} for its {} survey; trying again: {}",
          c.id(),
          c.workspace().key(),
          round.id(),
          e.getMessage());
      return 0;
    }
    if (!answers.claimSending(c.workspace(), c.id(), round)) {
      return 0;
    }
    enqueue(c, round, people, "");
    LOG.info(
        "Campaign {} in {}: queued its {} survey to {} members",
        c.id(),
        c.workspace().key(),
        round.id(),
        people.size());
    return people.size();
  }

  /** Sends the follow-up at once to everyone taking part, for a short pilot; returns how many. */
  public int sendFollowupNow(Campaign c) throws DeliveryException {
    List<UserRef> people = audience.enrolled(c);
    enqueue(c, SurveyRound.FOLLOWUP, people, Long.toString(clock.millis()));
    return people.size();
  }

  /** Queues a round to {@code people}; {@code run} makes the delivery ids of an extra send. */
  void enqueue(Campaign c, SurveyRound round, List<UserRef> people, String run) {
    String prefix = c.id() + "|survey|" + round.id() + (run.isEmpty() ? "" : "|run|" + run);
    outbox.enqueueAll(
        people.stream()
            .map(u ->
                Delivery.toMember(
                    prefix + "|" + u.userId(),
                    c.workspace(),
                    u.userId(),
                    Delivery.Kind.SURVEY,
                    Map.of(Delivery.CAMPAIGN, c.id(), Delivery.ROUND, round.id())))
            .toList());
  }
}
