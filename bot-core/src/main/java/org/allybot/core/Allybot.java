package org.allybot.core;

import java.time.Duration;
import java.util.Map;
import org.allybot.core.calendar.EventTimers;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.command.UsageException;
import org.allybot.core.community.FacilitatorNudge;
import org.allybot.core.compose.CoreComposer;
import org.allybot.core.delivery.Delivery;
import org.allybot.core.delivery.DeliveryComposer;
import org.allybot.core.desk.DeskReminders;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.language.LocaleReports;
import org.allybot.core.language.Messages;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.member.Member;
import org.allybot.core.orgdetails.OrgPlaceholders;
import org.allybot.core.store.StoreFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's one door: every adapter turns a platform payload into a {@link CoreEvent} and calls
 * {@link #handle}, which never throws.
 */
public final class Allybot {
  private static final Logger LOG = LoggerFactory.getLogger(Allybot.class);

  private final Services s;
  private final CommandRouter commands;
  private final ActionRouter actions;
  private final OrgPlaceholders placeholders;
  private final LocaleReports localeReports;

  public Allybot(CoreContext core, ScheduleSync schedule) {
    this.s = Services.of(core, schedule);
    this.commands = new CommandRouter(s);
    this.actions = new ActionRouter(s);
    this.placeholders = new OrgPlaceholders(core.orgDetails());
    this.localeReports =
        new LocaleReports(core.languages(), u -> core.members().find(u).isPresent());
  }

  public CoreContext context() {
    return s.core();
  }

  public Reply handle(CoreEvent event) {
    return placeholders.fill(answer(event), event.workspace(), () -> say(event));
  }

  /** Who acted, for the events a person causes. */
  private static java.util.Optional<Actor> actorOf(CoreEvent event) {
    return switch (event) {
      case CoreEvent.CommandInvoked c -> java.util.Optional.of(c.actor());
      case CoreEvent.ChoiceSelected c -> java.util.Optional.of(c.actor());
      case CoreEvent.FormSubmitted f -> java.util.Optional.of(f.actor());
      case CoreEvent.MessageReceived m -> java.util.Optional.of(m.actor());
      case CoreEvent.HomeOpened h -> java.util.Optional.of(h.actor());
      case CoreEvent.ProfileChanged p -> java.util.Optional.of(p.actor());
      case CoreEvent.MemberJoined j -> java.util.Optional.empty();
      case CoreEvent.AppUninstalled u -> java.util.Optional.empty();
    };
  }

  /** The actor's language for an error, or the workspace default when nobody acted. */
  private Messages say(CoreEvent event) {
    return actorOf(event)
        .map(a -> s.core().languageOf().messages(a.user()))
        .orElse(Messages.in(s.core().config().defaultLanguage()));
  }

  private Reply answer(CoreEvent event) {
    try {
      // Inside the try: it writes to the store, which may be away (a click then went unanswered).
      if (!(event instanceof CoreEvent.CommandInvoked)) {
        actorOf(event).ifPresent(localeReports::heard); // commands: after the member is known
      }
      return switch (event) {
        case CoreEvent.CommandInvoked c -> commands.command(c);
        case CoreEvent.ChoiceSelected c -> actions.choice(c);
        case CoreEvent.FormSubmitted f -> actions.form(f);
        case CoreEvent.MessageReceived m -> message(m);
        case CoreEvent.HomeOpened h -> s.home(h.actor());
        case CoreEvent.ProfileChanged p -> profile(p.actor());
        case CoreEvent.MemberJoined j -> {
          UserRef user = new UserRef(j.workspace(), j.userId());
          s.directory().byId(user);
          s.campaigns().invitations().memberJoined(user, j.channelId());
          s.calendar().memberJoined(user, j.channelId());
          yield Reply.none();
        }
        case CoreEvent.AppUninstalled u -> {
          s.core().eraser().deleteWorkspace(u.workspace());
          yield Reply.none();
        }
      };
    } catch (UsageException e) {
      return Reply.text(
          say(event).text("error.usage", "message", e.getMessage(), "usage", e.usage()));
    } catch (RuntimeException e) {
      if (StoreFaults.unavailable(e)) {
        LOG.warn(
            "Could not handle {} in workspace {}: the store is away ({})",
            event.getClass().getSimpleName(),
            event.workspace().key(),
            e.getClass().getSimpleName());
      } else {
        LOG.error(
            "Could not handle {} in workspace {}",
            event.getClass().getSimpleName(),
            event.workspace().key(),
            e);
      }
      return Reply.text(sayEvenNow(event).text(errorKey(e)));
    }
  }

  /**
   * The reply to a request an adapter could not even make into an event (the member's profile was
   * out of reach), in the default language: "try again in a moment" when the store is away.
   */
  public Reply failed(RuntimeException e) {
    return Reply.text(Messages.in(s.core().config().defaultLanguage()).text(errorKey(e)));
  }

  private static String errorKey(RuntimeException e) {
    return StoreFaults.unavailable(e) ? "error.store-away" : "error.generic";
  }

  /** The actor's language if it can be read now (the store may be away), else the default. */
  private Messages sayEvenNow(CoreEvent event) {
    try {
      return say(event);
    } catch (RuntimeException e) {
      return Messages.in(s.core().config().defaultLanguage());
    }
  }

  /**
   * A plain direct message is read as a command, as Teams and the shell send them; a thread reply
   * may be advice in the community channel or an asker's follow-up under a notification.
   */
  private Reply message(CoreEvent.MessageReceived m) {
    if (m.isDirect() && m.threadId().isEmpty()) {
      return commands.command(
          new CoreEvent.CommandInvoked(m.actor(), m.text().replaceFirst("^/?ally\\b\\s*", ""), ""));
    }
    return s.desk()
        .message(m)
        .or(() -> s.community().message(m))
        .or(() -> s.nudges().nudges().onMessage(m))
        .orElse(Reply.none());
  }

  private Reply profile(Actor actor) {
    String before = s.core().members().find(actor.user()).map(Member::timeZone).orElse("");
    Member after = s.directory().touch(actor);
    if (!after.timeZone().equals(before)) {
      s.core().campaigns().all(actor.user().workspace()).forEach(s.schedule()::changed);
    }
    return Reply.none();
  }

  /** Builds delivery messages with the same services that answer clicks. */
  public DeliveryComposer composer() {
    return new CoreComposer(s.core(), s.polls(), s.lessons());
  }

  /** Queues the 7-day "did you try it?" check-ins that are due; run every minute. */
  public int sendDueCheckIns() {
    CoreContext core = s.core();
    var due = core.lessons().takeDueCheckIns(core.clock().instant());
    for (var checkIn : due) {
      UserRef user = checkIn.user();
      String id =
          "checkin|" + checkIn.lessonId() + "|" + core.clock().millis() + "|" + user.userId();
      core.outbox()
          .enqueue(
              Delivery.toMember(
                  id,
                  user.workspace(),
                  user.userId(),
                  Delivery.Kind.CHECK_IN,
                  Map.of(
                      "lesson",
                      checkIn.lessonId(),
                      LessonMessages.CHECK_IN_CAMPAIGN,
                      checkIn.campaignId())));
    }
    return due.size();
  }

  /**
   * Queues the follow-up and feedback surveys of campaigns whose end date (or 90 days after it) has
   * come, once across instances; run every minute.
   */
  public int sendDueSurveys() {
    return Services.Measuring.schedule(s.core(), new CampaignAudience(s.core())).sendDue();
  }

  /**
   * Queues the programme calendar's reminders (a day and an hour before) and its after-event
   * prompts that are due, once across instances; run every minute.
   */
  public int sendEventTimers() {
    return new EventTimers(s.core(), s.core().calendar().store()).run();
  }

  /** Tells each week's community facilitator about questions waiting for advice; run hourly. */
  public int sendFacilitatorNudges() {
    return new FacilitatorNudge(s.core()).run();
  }

  /**
   * Reminds the desk of reports left unpicked (24 h: the rota, 48 h: the admins); run every 15
   * minutes.
   */
  public int sendDeskReminders() {
    return new DeskReminders(s.core(), s.directory()).remind();
  }

  /** Deletes closed desk reports older than the desk's retention period; run daily. */
  public int purgeClosedReports() {
    return new DeskReminders(s.core(), s.directory()).purgeClosed();
  }

  /** Deletes answers and lesson feedback older than the retention period; run daily. */
  public int purgeExpired() {
    CoreContext core = s.core();
    return core.eraser()
        .purgeBefore(core.clock().instant().minus(Duration.ofDays(core.config().retentionDays())));
  }
}
