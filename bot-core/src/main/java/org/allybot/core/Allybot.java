package org.allybot.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allybot.core.admin.AdminCommands;
import org.allybot.core.campaign.CampaignAudience;
import org.allybot.core.campaign.CampaignCommands;
import org.allybot.core.campaign.ScheduleSync;
import org.allybot.core.command.Args;
import org.allybot.core.command.HelpText;
import org.allybot.core.command.UsageException;
import org.allybot.core.event.Actor;
import org.allybot.core.event.CoreEvent;
import org.allybot.core.event.Reply;
import org.allybot.core.lesson.LessonMessages;
import org.allybot.core.lesson.LessonService;
import org.allybot.core.member.MemberCommands;
import org.allybot.core.member.MemberDirectory;
import org.allybot.core.message.Message;
import org.allybot.core.poll.PollMessages;
import org.allybot.core.poll.PollService;
import org.allybot.core.practice.NextItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's one door: every adapter turns a platform payload into a {@link CoreEvent} and calls
 * {@link #handle}.
 */
public final class Allybot {
  private static final Logger LOG = LoggerFactory.getLogger(Allybot.class);
  static final int MAX_COMMAND_LENGTH = 4000;

  private final CoreContext core;
  private final MemberDirectory directory;
  private final PollService polls;
  private final LessonService lessons;
  private final MemberCommands memberCommands;
  private final CampaignCommands campaigns;
  private final AdminCommands admin;

  public Allybot(CoreContext core, ScheduleSync schedule) {
    this.core = core;
    this.directory = new MemberDirectory(core);
    NextItem next = new NextItem(core.curriculum(), core.progress());
    this.polls = new PollService(core, next);
    this.lessons = new LessonService(core, next);
    this.memberCommands = new MemberCommands(core, directory, schedule);
    CampaignAudience audience = new CampaignAudience(core);
    this.campaigns = new CampaignCommands(core, audience, schedule);
    this.admin = new AdminCommands(core, audience);
  }

  public CoreContext context() {
    return core;
  }

  /** Builds delivery messages with the same services that answer clicks. */
  public org.allybot.core.delivery.DeliveryComposer composer() {
    return new org.allybot.core.delivery.CoreComposer(core, polls, lessons);
  }

  /** Queues the 7-day "did you try it?" check-ins that are due; run every minute. */
  public int sendDueCheckIns() {
    var due = core.lessons().takeDueCheckIns(core.clock().instant());
    for (var checkIn : due) {
      UserRef user = checkIn.user();
      core.outbox()
          .enqueue(
              org.allybot.core.delivery.Delivery.toMember(
                  "checkin|"
                      + checkIn.lessonId()
                      + "|"
                      + core.clock().millis()
                      + "|"
                      + user.userId(),
                  user.workspace(),
                  user.userId(),
                  org.allybot.core.delivery.Delivery.Kind.CHECK_IN,
                  java.util.Map.of("lesson", checkIn.lessonId())));
    }
    return due.size();
  }

  /** Deletes answers and lesson feedback older than the retention period; run daily. */
  public int purgeExpired() {
    return core.eraser()
        .purgeBefore(
            core.clock().instant().minus(java.time.Duration.ofDays(core.config().retentionDays())));
  }

  public Reply handle(CoreEvent event) {
    try {
      return switch (event) {
        case CoreEvent.CommandInvoked c -> withIntroduction(c.actor(), command(c));
        case CoreEvent.ChoiceSelected c -> choice(c);
        case CoreEvent.FormSubmitted f -> Reply.text("That form is not available any more.");
        case CoreEvent.MemberJoined j -> Reply.none();
        case CoreEvent.AppUninstalled u -> {
          core.eraser().deleteWorkspace(u.workspace());
          yield Reply.none();
        }
      };
    } catch (UsageException e) {
      return Reply.text(e.getMessage() + "\nUsage: `" + e.usage() + "`");
    } catch (RuntimeException e) {
      LOG.error(
          "Could not handle {} in workspace {}",
          event.getClass().getSimpleName(),
          event.workspace().key(),
          e);
      return Reply.text("Sorry, something went wrong on my side. Please try again in a minute.");
    }
  }

  private Reply command(CoreEvent.CommandInvoked c) {
    directory.touch(c.actor());
    if (c.text().length() > MAX_COMMAND_LENGTH) {
      throw new UsageException(
          "That command is too long ("
              + c.text().length()
              + " characters; the limit is "
              + MAX_COMMAND_LENGTH
              + ").",
          "/ally help");
    }
    Args args = Args.parse(c.text());
    UserRef user = c.actor().user();
    String verb = args.word(0).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "", "help" -> Reply.of(HelpText.help(directory.isAdmin(c.actor())));
      case "poll" ->
          polls
              .nextPoll(user, org.allybot.core.campaign.Track.everything(), "")
              .map(Reply::of)
              .orElse(Reply.text("There are no polls to show right now."));
      case "lesson" ->
          lessons
              .nextLesson(user, org.allybot.core.campaign.Track.everything(), "")
              .map(Reply::of)
              .orElse(Reply.text("There are no lessons to show right now."));
      case "stats" -> memberCommands.stats(user);
      case "optout", "opt-out" -> memberCommands.optOut(user);
      case "optin", "opt-in" -> memberCommands.optIn(user);
      case "pause" -> memberCommands.pause(user, args);
      case "time" -> memberCommands.time(user, args);
      case "forget-me", "forgetme" -> memberCommands.forgetMe();
      case "campaign" -> campaigns.handle(requireAdmin(c.actor()), args);
      case "admin" -> admin.handle(requireAdmin(c.actor()), args);
      default -> throw new UsageException("I don't know `" + truncate(verb) + "`.", "/ally help");
    };
  }

  private UserRef requireAdmin(Actor actor) {
    if (!directory.isAdmin(actor)) {
      throw new UsageException(
          "Only Allybot admins can do that. Ask an admin, or see who they are in your workspace settings.",
          "/ally help");
    }
    return actor.user();
  }

  private Reply choice(CoreEvent.ChoiceSelected c) {
    directory.touch(c.actor());
    UserRef user = c.actor().user();
    String action = c.action();
    if (action.equals(PollMessages.ANSWER)) {
      return polls.answer(user, c.value());
    }
    if (action.equals(LessonMessages.CHECK_IN)) {
      return lessons.checkIn(user, c.value());
    }
    if (action.startsWith("lesson.")) {
      return lessons.respond(user, action, c.value());
    }
    if (action.equals(MemberCommands.FORGET)) {
      return memberCommands.forgetAnswer(user, c.value());
    }
    if (action.equals("campaign.join")) {
      return campaigns.join(user, c.value());
    }
    return Reply.text("That button is no longer active.");
  }

  /** Puts the two-line introduction before the first reply a member ever gets. */
  private Reply withIntroduction(Actor actor, Reply reply) {
    if (core.members().find(actor.user()).isEmpty()) {
      return reply;
    }
    Message intro = directory.introduceOnce(actor.user());
    if (intro == null) {
      return reply;
    }
    List<Message> messages = new ArrayList<>();
    messages.add(intro);
    messages.addAll(reply.messages());
    return new Reply(messages, reply.replaceOriginal(), reply.form());
  }

  private static String truncate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
